package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.deployment.DeploymentListing;
import dev.conductor.agent.engine.Engine;
import dev.conductor.spec.Secrets;
import dev.conductor.protocol.method.DeploymentsResult;
import dev.conductor.protocol.method.EnvironmentResult;
import dev.conductor.protocol.method.MethodNames;
import java.util.function.Supplier;

/** {@code deployments.list} and {@code deployment.env}, as {@code deployment ls/env} answer them. */
final class DeploymentQueries {

    private final Supplier<Engine> engines;

    DeploymentQueries(Supplier<Engine> engines) {
        this.engines = engines;
    }

    void addTo(Methods methods) {
        methods.add(MethodNames.DEPLOYMENTS_LIST, (call, none) -> new DeploymentsResult(new DeploymentListing(engines.get()).list()))
                .add(MethodNames.DEPLOYMENT_ENV, (call, params) -> new EnvironmentResult(Secrets.masked(
                        new CommandRunner(engines.get()).deploymentContext(params.name()).environment())));
    }
}
