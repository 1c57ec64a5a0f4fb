package dev.conductor.agent.deploy;

import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.proxy.ProxyRoutes;
import java.util.List;

/** The Caddy {@code @id}s of a deployment, kept in its directory. */
public record DeploymentLedger(DeploymentStore deployments, String deployment) implements ProxyRoutes.Ledger {

    @Override
    public List<String> ids() {
        return deployments.registeredIds(deployment);
    }

    @Override
    public void save(List<String> ids) {
        if (deployments.exists(deployment)) {
            deployments.saveRegisteredIds(deployment, ids);
        }
    }
}
