package dev.conductor.agent.deploy;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deployment.DeploymentLifecycle;
import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.proxy.ProxyRoutes;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import java.util.Map;

/**
 * Moves a service from one release to the next with zero downtime: start the next
 * deployments, wait until healthy, register their routes, deregister the old ones, drain,
 * stop the old. Each step is announced in {@code state.json} first; see {@link Converger}
 * for how an interrupted deploy is finished or undone. Callers hold the service's lock.
 */
public final class Deployer {

    private final DeployPorts ports;
    private final HealthWaiter health;
    private final Teardown teardown;
    private final ProxyRoutes routes;
    private final UnitDropIns dropIns;
    private final DeploymentLifecycle lifecycle;
    private final DeployListener listener;

    Deployer(DeployPorts ports, Podman podman, Teardown teardown, ProxyRoutes routes, UnitDropIns dropIns,
            DeploymentLifecycle lifecycle, DeployListener listener) {
        this.ports = ports;
        this.health = new HealthWaiter(podman);
        this.teardown = teardown;
        this.routes = routes;
        this.dropIns = dropIns;
        this.lifecycle = lifecycle;
        this.listener = listener;
    }

    /** Rolls {@code spec} out with the config of {@code revision}. */
    public ServiceState roll(ServiceSpec spec, Revision revision, DeployOptions options) {
        String service = spec.name();
        Release next = Release.allocate(spec, revision.number(), ports.deployments()::exists);
        ServiceState state = save(service, ports.states().load(service).begin(next, revision.reason()));
        listener.step("revision", "revision " + revision.number() + " (" + revision.reason() + "): "
                + String.join(", ", next.deployments()));
        try {
            startAll(spec, revision, next, options);
            registerAll(spec, next);
        } catch (RuntimeException e) {
            throw failed(service, state, revision, next, e);
        }
        ServiceState switching = save(service, state.switching());
        // recorded before the state that tells consoles the deploy is over, so that they read it with the history
        ports.states().recordOutcome(service, revision.number(), Revision.SUCCEEDED);
        return finishSwitch(service, switching, options);
    }

    /**
     * Removes what the failed revision made and records the failure. When the removal fails too
     * (a full /run, a stuck Podman), the failure is still recorded: what is left has no state
     * referring to it, and the next reload or agent start removes it as an orphan.
     */
    private DeployException failed(String service, ServiceState state, Revision revision, Release next,
            RuntimeException e) {
        String reason = "revision " + revision.number() + " failed: " + e.getMessage();
        try {
            teardown.removeAll(next.deployments());
        } catch (RuntimeException cleanup) {
            e.addSuppressed(cleanup);
            reason += " (and removing it failed: " + cleanup.getMessage() + "; the next reload removes what is left)";
        }
        ports.states().recordOutcome(service, revision.number(), Revision.FAILED);
        save(service, state.fail(reason));
        listener.step("failed", reason);
        return new DeployException(reason + (state.current() == null ? ""
                : "; revision " + state.current().revision() + " still serves"), e);
    }

    /** Deregisters the old release, drains, stops it, and records the next one as serving. */
    ServiceState finishSwitch(String service, ServiceState state, DeployOptions options) {
        listener.step("switched", "revision " + state.next().revision() + " registered in Caddy");
        if (state.current() != null) {
            for (String dep : state.current().deployments()) {
                routes.deregister(new DeploymentLedger(ports.deployments(), dep));
                ports.systemd().stop(UnitNames.deploymentConfig(dep));
            }
            listener.step("drain", "draining " + String.join(", ", state.current().deployments()) + " for "
                    + options.drain().toMillis() + " ms");
            sleep(options.drain().toMillis());
            teardown.removeAll(state.current().deployments());
            listener.step("old-stopped", "stopped " + String.join(", ", state.current().deployments()));
        }
        ServiceState done = save(service, state.succeed());
        listener.step("done", "revision " + done.current().revision() + " serving");
        return done;
    }

    private void startAll(ServiceSpec spec, Revision revision, Release next, DeployOptions options) {
        List<Pod> pods = spec.pods();
        for (int i = 0; i < pods.size(); i++) {
            String name = next.deployments().get(i);
            ports.deployments().create(new DeploymentRecord(name, spec.name(), pods.get(i).name(),
                    revision.number(), revision.config()));
            dropIns.writeDeployment(spec, pods.get(i), name);
        }
        if (!dropIns.seenBySystemd(ports.systemd(), next.deployments(), true)) {
            ports.systemd().daemonReload();
        }
        for (String name : next.deployments()) {
            listener.step("start", "starting " + name);
            startUnit(name);
            listener.step("started", name + " pod running");
        }
        for (String name : next.deployments()) {
            health.await(name, spec.healthCheck(), options.healthTimeout(), ports.deployments().podIp(name));
            listener.step("healthy", name + " healthy");
        }
    }

    private void startUnit(String name) {
        try {
            ports.systemd().start(UnitNames.deployment(name));
        } catch (RuntimeException e) {
            // the unit's own error (template, hook, podman) says more than "job failed"
            throw new DeployException(ports.deployments().error(name).map(String::strip)
                    .orElse(e.getMessage()), e);
        }
    }

    /**
     * Registers in this process, then starts the config units, which only need to register again
     * when Caddy restarts: their start skips the work when the {@code registered} marker is there.
     */
    private void registerAll(ServiceSpec spec, Release next) {
        Map<String, String> owners = DeploymentLedger.owners(ports.deployments());
        for (String name : next.deployments()) {
            routes.register(spec.proxyConfigTemplate(), lifecycle.context(name),
                    new DeploymentLedger(ports.deployments(), name), spec.name(), owners);
            ports.deployments().markRegistered(name);
            ports.systemd().start(UnitNames.deploymentConfig(name));
        }
    }


    private ServiceState save(String service, ServiceState state) {
        ports.states().save(service, state);
        return state;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
