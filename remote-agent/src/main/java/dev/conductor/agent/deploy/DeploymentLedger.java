package dev.conductor.agent.deploy;

import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.proxy.ProxyRoutes;
import dev.conductor.agent.deployment.DeploymentRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Caddy {@code @id}s of a deployment, kept in its directory. */
public record DeploymentLedger(DeploymentStore deployments, String deployment) implements ProxyRoutes.Ledger {

    /** The {@code @id}s the host's deployments registered, to the service of each. */
    static Map<String, String> owners(DeploymentStore deployments) {
        Map<String, String> owners = new HashMap<>();
        for (DeploymentRecord record : deployments.list()) {
            deployments.registeredIds(record.name()).forEach(atId -> owners.put(atId, record.service()));
        }
        return owners;
    }

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
