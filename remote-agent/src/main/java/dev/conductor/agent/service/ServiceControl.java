package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.UnitDropIns;
import dev.conductor.spec.ServiceSpec;

/** Start, stop, enable and disable a service through its systemd unit. Returns what happened. */
public final class ServiceControl {

    private final ServicePorts ports;
    private final UnitDropIns dropIns;
    private final ServiceLifecycle lifecycle;

    public ServiceControl(ServicePorts ports, UnitDropIns dropIns, ServiceLifecycle lifecycle) {
        this.ports = ports;
        this.dropIns = dropIns;
        this.lifecycle = lifecycle;
    }

    /** Starts the service unit, which deploys when nothing runs. */
    public String start(String name) {
        ServiceSpec service = ports.catalog().load(name);
        ports.catalog().requireRunsHere(service, "start");
        if (dropIns.writeService(service)) {
            ports.systemd().daemonReload();
        }
        ports.systemd().start(UnitNames.service(name));
        return "started " + UnitNames.service(name) + ": " + ports.states().load(name).reason();
    }

    /** Stops the service unit and whatever it left behind. */
    public String stop(String name) {
        ports.systemd().stop(UnitNames.service(name));
        lifecycle.stopLeftovers(name, "stopped with 'service stop'");
        return "stopped " + UnitNames.service(name);
    }

    public String enable(String name) {
        ports.catalog().setDisabledByOperator(name, false);
        return start(name);
    }

    /** Stops the service and keeps it stopped across reloads and reboots, files untouched. */
    public String disable(String name) {
        ports.catalog().load(name);
        ports.catalog().setDisabledByOperator(name, true);
        return stop(name) + "; disabled";
    }
}
