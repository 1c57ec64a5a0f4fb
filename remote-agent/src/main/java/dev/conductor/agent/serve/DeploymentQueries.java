package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.deployment.DeploymentListing;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.spec.Secrets;
import dev.conductor.protocol.method.DeploymentsResult;
import dev.conductor.protocol.method.EnvironmentResult;
import dev.conductor.protocol.method.MethodNames;
import java.util.function.Supplier;

/** {@code deployments.list} and {@code deployment.env}, as {@code deployment ls/env} answer them. */
final class DeploymentQueries {

    private final Supplier<AgentGraph> graphs;

    DeploymentQueries(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    void addTo(Methods methods) {
        methods.add(MethodNames.DEPLOYMENTS_LIST, (call, none) -> new DeploymentsResult(graphs.get().deploymentListing().list()))
                .add(MethodNames.DEPLOYMENT_ENV, (call, params) -> new EnvironmentResult(Secrets.masked(
                        graphs.get().commandRunner().deploymentContext(params.name()).environment())));
    }
}
