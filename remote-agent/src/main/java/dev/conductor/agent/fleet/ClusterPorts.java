package dev.conductor.agent.fleet;

import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.UnitEnablement;

/** Builds the fleet's commands from the host's ports: openssl through {@link ProcessRunner}, systemd. */
public record ClusterPorts(ClusterPaths paths, ProcessRunner processes, Systemd systemd, UnitEnablement enablement) {

    public ClusterInit init() {
        return new ClusterInit(paths, new Openssl(processes), new NatsUnit(systemd, enablement));
    }

    public ClusterJoin join() {
        return new ClusterJoin(paths, new Openssl(processes), new NatsUnit(systemd, enablement));
    }
}
