package dev.conductor.agent.engine;

import dev.conductor.agent.caddy.CaddyAdmin;
import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.podman.PodmanCli;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.SystemctlSystemd;

/** The agent's collaborators, wired once per command. */
public record Engine(
        AgentPaths paths,
        ProcessRunner processes,
        Systemd systemd,
        DropIns dropIns,
        Podman podman,
        CaddyAdmin caddy,
        StateStore states,
        DeploymentStore deployments,
        ServiceCatalog catalog) {

    /** The real host: systemctl, podman, Caddy on localhost:2019, the standard paths. */
    public static Engine standard() {
        AgentPaths paths = AgentPaths.standard();
        ProcessRunner processes = new LocalProcessRunner();
        StateStore states = new StateStore(paths);
        return new Engine(paths, processes, new SystemctlSystemd(processes), new DropIns(),
                new PodmanCli(processes), new HttpCaddyAdmin(HttpCaddyAdmin.DEFAULT_ADMIN), states,
                new DeploymentStore(paths), new ServiceCatalog(paths, states, HostIdentity.read(paths.hostFile())));
    }
}
