package dev.conductor.agent.service;

import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.function.FunctionContext;
import dev.conductor.agent.function.FunctionHost;
import dev.conductor.agent.function.FunctionRoutes;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Deploys;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.agent.hook.HookFailedException;
import dev.conductor.agent.hook.HookRunner;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.proxy.ProxyRoutes;
import dev.conductor.agent.proxy.ProxySnippet;
import dev.conductor.spec.HookWhen;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts and stops a whole service: what {@code conductor-service@NAME.service} runs. Start runs
 * the service hooks, registers the service's own routes and deploys; stop undoes all of it.
 */
public final class ServiceLifecycle {

    private final ServicePorts ports;
    private final DeploymentStore deployments;
    private final HookRunner hooks;
    private final Deploys deploys;
    private final ProxyRoutes routes;
    private final DeployListener listener;

    /** @param processes runs the service hooks */
    public ServiceLifecycle(ServicePorts ports, DeploymentStore deployments, ProcessRunner processes, Deploys deploys,
            ProxyRoutes routes, DeployListener listener) {
        this.ports = ports;
        this.deployments = deployments;
        this.hooks = new HookRunner(processes);
        this.deploys = deploys;
        this.routes = routes;
        this.listener = listener;
    }

    public void start(String name) {
        ServiceSpec spec = ports.catalog().load(name);
        ServiceContext context = ports.catalog().context(spec);
        hooks.run(HookWhen.PRE_START_SERVICE, spec.hooks(HookWhen.PRE_START_SERVICE), context);
        ports.systemd().start(UnitNames.serviceConfig(name));
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), name)) {
            deploys.converger(listener).converge(name);
            ServiceState state = ports.states().load(name);
            if (state.current() == null || !allRunning(state)) {
                deployFresh(spec, state);
            }
        } catch (RuntimeException e) {
            // a service that failed to start must not keep its own routes registered
            ports.systemd().stop(UnitNames.serviceConfig(name));
            throw e;
        }
        hooks.run(HookWhen.POST_START_SERVICE, spec.hooks(HookWhen.POST_START_SERVICE), context);
    }

    /** Stops everything of the service; hook failures are returned, not thrown. */
    public List<HookFailedException> stop(String name) {
        ServiceSpec spec;
        try {
            spec = ports.catalog().load(name);
        } catch (RuntimeException unreadable) {
            // without its files there are no hooks to run, but everything it started must still go
            stopLeftovers(name, "stopped without service files: " + unreadable.getMessage());
            return List.of();
        }
        ServiceContext context = ports.catalog().context(spec);
        List<HookFailedException> failures = new ArrayList<>(
                hooks.runAll(HookWhen.PRE_STOP_SERVICE, spec.hooks(HookWhen.PRE_STOP_SERVICE), context));
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), name)) {
            removeDeployments(name, "service stopped");
        }
        ports.systemd().stop(UnitNames.serviceConfig(name));
        failures.addAll(hooks.runAll(HookWhen.POST_STOP_SERVICE, spec.hooks(HookWhen.POST_STOP_SERVICE), context));
        return failures;
    }

    /**
     * Removes what a stopped service may have left: deployments and service routes. Works when
     * its files are gone, which is when {@code stop} itself cannot run the service's hooks.
     */
    public void stopLeftovers(String name, String why) {
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), name)) {
            removeDeployments(name, why);
        }
        ports.systemd().stop(UnitNames.serviceConfig(name));
        deregister(name);
        ports.systemd().resetFailed(UnitNames.serviceConfig(name));
        ports.systemd().resetFailed(UnitNames.service(name));
    }

    /** Removes every deployment of a service, even one whose files are gone; caller holds the lock. */
    void removeDeployments(String name, String why) {
        deploys.converger(listener).converge(name);
        ServiceState state = ports.states().load(name);
        deploys.teardown().removeAll(Stream.of(state.current(), state.next())
                .filter(release -> release != null).flatMap(release -> release.deployments().stream()).toList());
        ports.states().save(name, state.stopped(why));
    }

    /** Registers the service-level snippets: what {@code conductor-service-config@NAME} runs. */
    public List<String> register(String name) {
        ServiceSpec spec = ports.catalog().load(name);
        ServiceContext context = ports.catalog().context(spec);
        // the sockets first: a route to a socket nobody listens on answers 502
        FunctionHost.current().open(spec, context.environment());
        return routes.register(spec.proxyConfigTemplate(), context, new ServiceLedger(ports.paths(), name),
                functionRoutes(spec, context));
    }

    /** The default routes, or what the proxy template prints for each function. */
    private List<ProxySnippet> functionRoutes(ServiceSpec spec, ServiceContext context) {
        if (spec.proxyConfigTemplate() == null) {
            return FunctionRoutes.of(spec);
        }
        List<ProxySnippet> snippets = new ArrayList<>();
        for (ServiceFunction function : spec.functions()) {
            snippets.addAll(routes.render(spec.proxyConfigTemplate(), new FunctionContext(context, function)));
        }
        snippets.addAll(FunctionRoutes.actions(spec));
        return snippets;
    }

    /** Serves the functions of every running service again: what the resident agent does when it starts. */
    public void serveRunningFunctions() {
        for (ServiceSpec spec : ports.catalog().loadAll().services()) {
            if (FunctionHost.serves(spec) && ports.systemd().state(UnitNames.service(spec.name())).active()) {
                FunctionHost.current().open(spec, ports.catalog().context(spec)
                        .environment());
            }
        }
    }

    public void deregister(String name) {
        routes.deregister(new ServiceLedger(ports.paths(), name));
        FunctionHost.current().close(name);
    }

    /**
     * After a reboot or a stop the state may name deployments that no longer run: start over with
     * the held revision, the last revision when the files did not change, or a new one.
     */
    private void deployFresh(ServiceSpec spec, ServiceState state) {
        if (state.current() != null) {
            deploys.teardown().removeAll(state.current().deployments());
            ports.states().save(spec.name(), state.stopped("restarting: deployments were gone"));
        }
        Revision revision = new RevisionChooser(ports.catalog(), ports.states()).forStart(spec);
        deploys.deployer(listener).roll(spec, revision, DeployOptions.DEFAULT);
    }

    private boolean allRunning(ServiceState state) {
        return state.current().deployments().stream().allMatch(dep ->
                deployments.exists(dep) && ports.systemd().state(UnitNames.deployment(dep)).active());
    }
}
