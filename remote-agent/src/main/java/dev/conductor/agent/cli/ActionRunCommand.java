package dev.conductor.agent.cli;

import dev.conductor.agent.command.CommandInvocation;
import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.wiring.AgentGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code action run SERVICE NAME [ARGS]}: the local spelling of {@code run -s SERVICE NAME [ARGS]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a service's command in the service context: 'run -s SERVICE NAME ARGS'.",
                "The same variables, output and exit code; stdin/stdout/stderr are the command's.",
                "Everything after NAME goes to the command verbatim, options and '--' included."})
final class ActionRunCommand implements Callable<Integer>, CommandAndArgs.Taker {

    private final Supplier<AgentGraph> graphs;
    private final Path invocationDirectory;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service.")
    private String service;

    @Parameters(index = "1", paramLabel = "NAME", description = "The command's name.", preprocessor = CommandAndArgs.class)
    private String name;

    // Filled by CommandAndArgs; declared so that usage help shows it.
    @Parameters(index = "2..*", paramLabel = "ARGS", description = "Arguments for the command.")
    private List<String> args = new ArrayList<>();

    ActionRunCommand() {
        this(AgentGraph::standard, Path.of("").toAbsolutePath());
    }

    ActionRunCommand(Supplier<AgentGraph> graphs, Path invocationDirectory) {
        this.graphs = graphs;
        this.invocationDirectory = invocationDirectory;
    }

    @Override
    public void take(String command, List<String> rest) {
        name = command;
        args.addAll(rest);
    }

    @Override
    public Integer call() {
        CommandRunner runner = graphs.get().commandRunner();
        CommandInvocation invocation = runner.forService(service, name, args, invocationDirectory);
        spec.commandLine().getOut().flush();
        return runner.run(invocation);
    }
}
