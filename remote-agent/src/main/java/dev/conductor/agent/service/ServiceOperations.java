package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.Converger;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Deployer;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.spec.ServiceSpec;

/** Deploy and rollback as operators ask for them, from the CLI or a console. */
public final class ServiceOperations {

    private final Engine engine;
    private final DeployListener listener;

    public ServiceOperations(Engine engine, DeployListener listener) {
        this.engine = engine;
        this.listener = listener;
    }

    /** Deploys the service file as it is now; starts the service when it does not run yet. */
    public ServiceState deploy(String name, DeployOptions options) {
        ServiceSpec spec = engine.catalog().load(name);
        if (!serviceRunning(name)) {
            return startService(name);
        }
        try (ServiceLock lock = ServiceLock.acquire(engine.paths().locks(), name)) {
            new Converger(engine, listener).converge(name);
            Revision revision = new RevisionChooser(engine).forDeploy(spec, "deploy");
            engine.states().save(name, engine.states().load(name).released());
            return new Deployer(engine, listener).roll(spec, revision, options);
        }
    }

    /** Deploys an earlier revision's config and holds it until the files change or a deploy. */
    public ServiceState rollback(String name, Integer to, DeployOptions options) {
        ServiceSpec spec = engine.catalog().load(name);
        if (!serviceRunning(name)) {
            throw new dev.conductor.agent.deploy.DeployException("service '" + name
                    + "' is not running; start it first with 'service start " + name + "'");
        }
        try (ServiceLock lock = ServiceLock.acquire(engine.paths().locks(), name)) {
            new Converger(engine, listener).converge(name);
            RevisionChooser chooser = new RevisionChooser(engine);
            Revision revision = chooser.forRollbackOf(spec, chooser.forRollback(spec, to));
            ServiceState done = new Deployer(engine, listener).roll(spec, revision, options);
            ServiceState held = done.held(revision.number(), engine.catalog().fingerprint(spec));
            engine.states().save(name, held);
            return held;
        }
    }

    private boolean serviceRunning(String name) {
        return engine.systemd().state(UnitNames.service(name)).active();
    }

    private ServiceState startService(String name) {
        listener.step("start", "service " + name + " is not running: starting " + UnitNames.service(name));
        ServiceSpec spec = engine.catalog().load(name);
        if (new dev.conductor.agent.deploy.UnitDropIns(engine).writeService(spec)) {
            engine.systemd().daemonReload();
        }
        engine.systemd().start(UnitNames.service(name));
        ServiceState state = engine.states().load(name);
        listener.step("done", "service " + name + " started: " + state.reason());
        return state;
    }
}
