package dev.conductor.agent.deploy;

import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.proxy.ProxyRoutes;
import java.util.List;

/** The Caddy {@code @id}s of a deployment, kept in its directory. */
public record DeploymentLedger(Engine engine, String deployment) implements ProxyRoutes.Ledger {

    @Override
    public List<String> ids() {
        return engine.deployments().registeredIds(deployment);
    }

    @Override
    public void save(List<String> ids) {
        if (engine.deployments().exists(deployment)) {
            engine.deployments().saveRegisteredIds(deployment, ids);
        }
    }
}
