package dev.conductor.agent.cli;

import dev.conductor.agent.wiring.AgentGraph;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code function logs ID}: the function's lines in the journal, whatever its format. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Show the journal of a function: what its programs print on stderr, and what the agent says"
                + " about its requests (502 reasons, timeouts); journalctl -t conductor-fn-FUNCTION."})
final class FunctionLogsCommand implements Callable<Integer> {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FUNCTION", description = "The function, SERVICE or SERVICE-NAME, or a remote action, SERVICE~NAME.")
    private String id;

    @Mixin
    private JournalOptions journal;

    FunctionLogsCommand() {
        this(AgentGraph::standard);
    }

    FunctionLogsCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public Integer call() {
        AgentGraph graph = graphs.get();
        return journal.show(graph.processes(), graph.journalQuery().functionMatches(id), spec.commandLine().getOut());
    }
}
