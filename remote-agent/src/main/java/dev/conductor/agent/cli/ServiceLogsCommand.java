package dev.conductor.agent.cli;

import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.logs.JournalQuery;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code service logs NAME}: the journal of the service's units, deployments and containers. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Show the journal of the service: its units, its deployments' units and their containers.")
final class ServiceLogsCommand implements Callable<Integer> {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The service.")
    private String name;

    @Mixin
    private JournalOptions journal;

    ServiceLogsCommand() {
        this(AgentGraph::standard);
    }

    ServiceLogsCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public Integer call() {
        AgentGraph graph = graphs.get();
        return journal.show(graph.processes(), graph.journalQuery().serviceMatches(name),
                spec.commandLine().getOut());
    }
}
