package dev.conductor.agent.deploy;

import dev.conductor.agent.deployment.DeploymentLifecycle;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.proxy.ProxyRoutes;

/**
 * Makes the deploy workers of one host. Built once by the composition root; the deployer and
 * the converger are made per caller, because each reports to its own listener.
 */
public final class Deploys {

    private final DeployPorts ports;
    private final Podman podman;
    private final ProxyRoutes routes;
    private final UnitDropIns dropIns;
    private final DeploymentLifecycle lifecycle;
    private final Teardown teardown;

    public Deploys(DeployPorts ports, Podman podman, ProxyRoutes routes, UnitDropIns dropIns,
            DeploymentLifecycle lifecycle) {
        this.ports = ports;
        this.podman = podman;
        this.routes = routes;
        this.dropIns = dropIns;
        this.lifecycle = lifecycle;
        this.teardown = new Teardown(ports, podman, routes, dropIns);
    }

    public Teardown teardown() {
        return teardown;
    }

    public Deployer deployer(DeployListener listener) {
        return new Deployer(ports, podman, teardown, routes, dropIns, lifecycle, listener);
    }

    public Converger converger(DeployListener listener) {
        // made only when an interrupted deploy needs finishing, as its health client costs a thread
        return new Converger(ports, teardown, () -> deployer(listener), listener);
    }

    /** {@code deployment stop} and {@code deployment rm}. */
    public DeploymentControl control() {
        return new DeploymentControl(ports, teardown);
    }
}
