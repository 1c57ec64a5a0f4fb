package dev.conductor.agent.deploy;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.proxy.ProxyRoutes;
import dev.conductor.agent.engine.ServiceLock;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes deployments completely, whatever state they are in: routes, units, pods, drop-ins
 * and directories. Each step tolerates what an earlier, interrupted teardown already did.
 */
public final class Teardown {

    private final Engine engine;
    private final ProxyRoutes routes;

    public Teardown(Engine engine) {
        this.engine = engine;
        this.routes = new ProxyRoutes(engine);
    }

    /**
     * Removes each deployment, going on after a failure so that one stuck deployment does not
     * keep the others; throws the first failure at the end.
     */
    public void removeAll(List<String> deployments) {
        List<RuntimeException> failures = new ArrayList<>();
        boolean dropInsChanged = false;
        for (String deployment : deployments) {
            try {
                remove(deployment);
            } catch (RuntimeException e) {
                failures.add(e);
            }
            dropInsChanged |= new UnitDropIns(engine).removeDeployment(deployment);
        }
        if (dropInsChanged) {
            engine.systemd().daemonReload();
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private void remove(String deployment) {
        engine.systemd().stop(UnitNames.deploymentConfig(deployment));
        routes.deregister(new DeploymentLedger(engine, deployment));
        engine.systemd().stop(UnitNames.deployment(deployment));
        // a start the stop cut short may still be making the pod in the resident agent: wait for it
        try (ServiceLock lock = ServiceLock.acquireDeployment(engine.paths().locks(), deployment)) {
            engine.podman().removePod(deployment);
            engine.systemd().resetFailed(UnitNames.deploymentConfig(deployment));
            engine.systemd().resetFailed(UnitNames.deployment(deployment));
            engine.deployments().remove(deployment);
        }
    }
}
