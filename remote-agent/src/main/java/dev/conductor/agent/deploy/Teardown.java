package dev.conductor.agent.deploy;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.proxy.ProxyRoutes;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes deployments completely, whatever state they are in: routes, units, pods, drop-ins
 * and directories. Each step tolerates what an earlier, interrupted teardown already did.
 */
public final class Teardown {

    private final DeployPorts ports;
    private final Podman podman;
    private final ProxyRoutes routes;
    private final UnitDropIns dropIns;

    Teardown(DeployPorts ports, Podman podman, ProxyRoutes routes, UnitDropIns dropIns) {
        this.ports = ports;
        this.podman = podman;
        this.routes = routes;
        this.dropIns = dropIns;
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
            dropInsChanged |= dropIns.removeDeployment(deployment);
        }
        // a stopped unit leaves systemd's memory, and with it the drop-in: no reload is needed then
        if (dropInsChanged && !dropIns.seenBySystemd(ports.systemd(), deployments, false)) {
            ports.systemd().daemonReload();
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private void remove(String deployment) {
        ports.systemd().stop(UnitNames.deploymentConfig(deployment));
        routes.deregister(new DeploymentLedger(ports.deployments(), deployment));
        ports.systemd().stop(UnitNames.deployment(deployment));
        // a start the stop cut short may still be making the pod in the resident agent: wait for it
        try (ServiceLock lock = ServiceLock.acquireDeployment(ports.paths().locks(), deployment)) {
            if (!ports.deployments().podRemoved(deployment)) {
                podman.removePod(deployment);
            }
            ports.systemd().resetFailed(UnitNames.deploymentConfig(deployment));
            ports.systemd().resetFailed(UnitNames.deployment(deployment));
            ports.deployments().remove(deployment);
        }
    }
}
