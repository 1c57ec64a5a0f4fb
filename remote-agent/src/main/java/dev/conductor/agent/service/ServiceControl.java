package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.UnitDropIns;
import dev.conductor.agent.engine.Engine;
import dev.conductor.spec.ServiceSpec;

/** Start, stop, enable and disable a service through its systemd unit. Returns what happened. */
public final class ServiceControl {

    private final Engine engine;

    public ServiceControl(Engine engine) {
        this.engine = engine;
    }

    /** Starts the service unit, which deploys when nothing runs. */
    public String start(String name) {
        ServiceSpec service = engine.catalog().load(name);
        String why = engine.catalog().whyNotHere(service);
        if (!why.isEmpty()) {
            throw new IllegalStateException("service '" + name + "' does not run on this host: " + why);
        }
        if (new UnitDropIns(engine).writeService(service)) {
            engine.systemd().daemonReload();
        }
        engine.systemd().start(UnitNames.service(name));
        return "started " + UnitNames.service(name) + ": " + engine.states().load(name).reason();
    }

    /** Stops the service unit and whatever it left behind. */
    public String stop(String name) {
        engine.systemd().stop(UnitNames.service(name));
        new ServiceLifecycle(engine, DeployListener.SILENT).stopLeftovers(name, "stopped with 'service stop'");
        return "stopped " + UnitNames.service(name);
    }

    public String enable(String name) {
        engine.catalog().setDisabledByOperator(name, false);
        return start(name);
    }

    /** Stops the service and keeps it stopped across reloads and reboots, files untouched. */
    public String disable(String name) {
        engine.catalog().load(name);
        engine.catalog().setDisabledByOperator(name, true);
        return stop(name) + "; disabled";
    }
}
