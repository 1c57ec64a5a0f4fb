package dev.conductor.agent.cli;

import dev.conductor.agent.deploy.DeploymentLedger;
import dev.conductor.agent.deployment.DeploymentLifecycle;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.proxy.ProxyRoutes;
import dev.conductor.agent.template.TemplateRunner;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code _ deployment ...}: run by {@code conductor-deployment@} and {@code conductor-deployment-config@} units. */
@Command(name = "deployment", mixinStandardHelpOptions = true, description = "Deployment unit actions.")
final class InternalDeploymentCommand {

    @Spec
    private CommandSpec spec;

    @Command(description = "Render templates, run hooks and play the pod (conductor-deployment@NAME ExecStart).")
    void start(@Parameters(paramLabel = "DEPLOYMENT") String name) {
        AgentGraph.standard().deploymentLifecycle().start(name);
    }

    @Command(description = "Run stop hooks and remove the pod (conductor-deployment@NAME ExecStop).")
    void stop(@Parameters(paramLabel = "DEPLOYMENT") String name) {
        AgentGraph.standard().deploymentLifecycle().stop(name)
                .forEach(failure -> spec.commandLine().getErr().println("warning: " + failure.getMessage()));
    }

    @Command(description = "Register the deployment's Caddy snippets (conductor-deployment-config@NAME ExecStart).")
    void register(@Parameters(paramLabel = "DEPLOYMENT") String name) {
        AgentGraph graph = AgentGraph.standard();
        DeploymentLifecycle lifecycle = graph.deploymentLifecycle();
        String template = graph.catalog().load(lifecycle.context(name).service().spec().name()).proxyConfigTemplate();
        graph.proxyRoutes().register(template, lifecycle.context(name), graph.deploymentLedger(name))
                .forEach(id -> out().println("registered " + id));
    }

    @Command(description = "Remove the deployment's Caddy snippets.")
    void deregister(@Parameters(paramLabel = "DEPLOYMENT") String name) {
        AgentGraph graph = AgentGraph.standard();
        graph.proxyRoutes().deregister(graph.deploymentLedger(name));
    }

    @Command(description = "Run a template in the deployment's context and print its output.")
    void template(@Parameters(paramLabel = "DEPLOYMENT") String name,
                  @Parameters(paramLabel = "TEMPLATE", description = "Path, relative to the service directory.")
                  String template) {
        AgentGraph graph = AgentGraph.standard();
        var context = graph.deploymentLifecycle().context(name);
        String path = context.service().spec().directory().resolve(template).toString();
        out().print(new TemplateRunner(graph.processes()).render(path, context));
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
