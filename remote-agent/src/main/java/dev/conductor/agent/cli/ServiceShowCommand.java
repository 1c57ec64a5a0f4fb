package dev.conductor.agent.cli;

import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.service.ServiceDescriber;
import dev.conductor.protocol.method.ServiceDetails;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code service show NAME}: one service in detail, secrets masked. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a service: state, releases, pods, hooks, commands, deployments and config (secrets masked).")
final class ServiceShowCommand implements Callable<Integer> {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The service.")
    private String name;

    @Option(names = "--json", description = "Print as JSON.")
    private boolean json;

    ServiceShowCommand() {
        this(AgentGraph::standard);
    }

    ServiceShowCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public Integer call() throws Exception {
        ServiceDetails details = graphs.get().serviceDescriber().describe(name);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonFiles.MAPPER.writeValueAsString(details));
        } else {
            new ServiceDetailsPrinter(out).print(details);
        }
        out.flush();
        return 0;
    }
}
