package dev.conductor.agent.cli;

import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.service.ServiceLifecycle;
import dev.conductor.agent.template.TemplateRunner;
import dev.conductor.spec.ServiceSpec;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code _ service ...}: run by {@code conductor-service@} and {@code conductor-service-config@} units. */
@Command(name = "service", mixinStandardHelpOptions = true, description = "Service unit actions.")
final class InternalServiceCommand {

    @Spec
    private CommandSpec spec;

    @Command(description = "Start a service: hooks, routes, deployments (conductor-service@NAME ExecStart).")
    void start(@Parameters(paramLabel = "NAME") String name) {
        AgentGraph.standard().serviceLifecycle(printer()).start(name);
    }

    @Command(description = "Stop a service and all its deployments (conductor-service@NAME ExecStop).")
    void stop(@Parameters(paramLabel = "NAME") String name) {
        AgentGraph.standard().serviceLifecycle(printer()).stop(name)
                .forEach(failure -> spec.commandLine().getErr().println("warning: " + failure.getMessage()));
    }

    @Command(description = "Register the service's own Caddy snippets.")
    void register(@Parameters(paramLabel = "NAME") String name) {
        AgentGraph.standard().serviceLifecycle(printer()).register(name)
                .forEach(id -> out().println("registered " + id));
    }

    @Command(description = "Remove the service's own Caddy snippets.")
    void deregister(@Parameters(paramLabel = "NAME") String name) {
        AgentGraph.standard().serviceLifecycle(printer()).deregister(name);
    }

    @Command(description = "Run a template in the service's context and print its output.")
    void template(@Parameters(paramLabel = "NAME") String name,
                  @Parameters(paramLabel = "TEMPLATE", description = "Path, relative to the service directory.")
                  String template) {
        AgentGraph graph = AgentGraph.standard();
        ServiceSpec service = graph.catalog().load(name);
        ServiceContext context = graph.catalog().context(service);
        String path = service.directory().resolve(template).toString();
        out().print(new TemplateRunner(graph.processes()).render(path, context));
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private DeployListener printer() {
        return (step, detail) -> {
            out().println(step + ": " + detail);
            out().flush();
        };
    }
}
