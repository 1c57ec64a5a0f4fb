package dev.conductor.agent.cli;

import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.spec.ServiceSpec;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code service env NAME}: the variables templates, hooks and commands get in the service context. */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Print the variables of the service context (config with overrides, CONDUCTOR_*).")
final class ServiceEnvCommand implements Callable<Integer> {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The service.")
    private String name;

    @Option(names = "--show-secrets", description = "Print secret values instead of masking them.")
    private boolean showSecrets;

    @Option(names = "--json", description = "Print as a JSON object.")
    private boolean json;

    ServiceEnvCommand() {
        this(AgentGraph::standard);
    }

    ServiceEnvCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public Integer call() throws Exception {
        AgentGraph graph = graphs.get();
        ServiceSpec service = graph.catalog().load(name);
        ServiceContext context = graph.catalog().shownContext(service);
        EnvPrinter.print(spec.commandLine().getOut(), context.environment(), showSecrets, json);
        return 0;
    }
}
