package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.deployment.DeploymentListing;
import dev.conductor.agent.engine.Engine;
import dev.conductor.spec.Secrets;
import java.util.Map;
import java.util.function.Supplier;

/** {@code deployments.list} and {@code deployment.env}, as {@code deployment ls/env} answer them. */
final class DeploymentQueries {

    private final Supplier<Engine> engines;

    DeploymentQueries(Supplier<Engine> engines) {
        this.engines = engines;
    }

    void addTo(Methods methods) {
        methods.add("deployments.list", call -> Map.of("deployments", new DeploymentListing(engines.get()).list()))
                .add("deployment.env", call -> Map.of("environment", Secrets.masked(new CommandRunner(engines.get())
                        .deploymentContext(Params.name(call.request(), "name")).environment())));
    }
}
