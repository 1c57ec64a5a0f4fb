package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Deploys;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.UnitDropIns;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.spec.ServiceSpec;

/**
 * Deploy and rollback as operators ask for them, from the CLI or a console. After the switch
 * the service-level snippets are registered again, since their template may use the config.
 */
public final class ServiceOperations {

    private final ServicePorts ports;
    private final Deploys deploys;
    private final UnitDropIns dropIns;
    private final ServiceLifecycle lifecycle;
    private final DeployListener listener;

    public ServiceOperations(ServicePorts ports, Deploys deploys, UnitDropIns dropIns, ServiceLifecycle lifecycle,
            DeployListener listener) {
        this.ports = ports;
        this.deploys = deploys;
        this.dropIns = dropIns;
        this.lifecycle = lifecycle;
        this.listener = listener;
    }

    /** Deploys the service file as it is now; starts the service when it does not run yet. */
    public ServiceState deploy(String name, DeployOptions options) {
        ServiceSpec spec = ports.catalog().load(name);
        ports.catalog().requireRunsHere(spec, "deploy");
        if (!serviceRunning(name)) {
            return startService(name);
        }
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), name)) {
            deploys.converger(listener).converge(name);
            Revision revision = new RevisionChooser(ports.catalog(), ports.states()).forDeploy(spec, "deploy", options.trigger());
            ports.states().save(name, ports.states().load(name).released());
            ServiceState done = deploys.deployer(listener).roll(spec, revision, options);
            lifecycle.register(name);
            return done;
        }
    }

    /** Deploys an earlier revision's config and holds it until the files change or a deploy. */
    public ServiceState rollback(String name, Integer to, DeployOptions options) {
        ServiceSpec spec = ports.catalog().load(name);
        ports.catalog().requireRunsHere(spec, "roll back");
        if (!serviceRunning(name)) {
            throw new dev.conductor.agent.deploy.DeployException("service '" + name
                    + "' is not running; start it first with 'service start " + name + "'");
        }
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), name)) {
            deploys.converger(listener).converge(name);
            RevisionChooser chooser = new RevisionChooser(ports.catalog(), ports.states());
            Revision revision = chooser.forRollbackOf(spec, chooser.forRollback(spec, to), options.trigger());
            ServiceState done = deploys.deployer(listener).roll(spec, revision, options);
            lifecycle.register(name);
            ServiceState held = done.held(revision.number(), ports.catalog().fingerprint(spec));
            ports.states().save(name, held);
            return held;
        }
    }

    private boolean serviceRunning(String name) {
        return ports.systemd().state(UnitNames.service(name)).active();
    }

    private ServiceState startService(String name) {
        listener.step("start", "service " + name + " is not running: starting " + UnitNames.service(name));
        ServiceSpec spec = ports.catalog().load(name);
        if (dropIns.writeService(spec)) {
            ports.systemd().daemonReload();
        }
        ports.systemd().start(UnitNames.service(name));
        ServiceState state = ports.states().load(name);
        listener.step("done", "service " + name + " started: " + state.reason());
        return state;
    }
}
