package dev.conductor.agent.cli;

import dev.conductor.text.TextTable;

import dev.conductor.agent.command.CommandInvocation;
import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: runs a command a service declares, in the service or a deployment context. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a command declared in the service file, with the context's variables.",
                "'run -s SERVICE' alone lists the service's commands.",
                "Everything after CMD goes to the command verbatim, '--' included: end the agent's options",
                "with '--' before CMD if needed. stdin/stdout/stderr are the command's; so is the exit code."})
final class RunCommand implements Callable<Integer>, CommandAndArgs.Taker {

    private final Supplier<AgentGraph> graphs;
    private final Path invocationDirectory;

    @Spec
    private CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    private Target target;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CMD", description = "The command's name.",
            preprocessor = CommandAndArgs.class)
    private String command;

    // Filled by CommandAndArgs; declared so that usage help shows it.
    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the command.")
    private List<String> args = new ArrayList<>();

    @Option(names = "--json", description = "With no CMD: list the commands as JSON.")
    private boolean json;

    /** Exactly one of {@code -s} and {@code -d}. */
    static final class Target {
        @Option(names = {"-s", "--service"}, paramLabel = "SERVICE", required = true,
                description = "Run in the service context (or any active deployment, as the command says).")
        String service;

        @Option(names = {"-d", "--deployment"}, paramLabel = "DEPLOYMENT", required = true,
                description = "Run in the context of this deployment.")
        String deployment;
    }

    RunCommand() {
        this(AgentGraph::standard, Path.of("").toAbsolutePath());
    }

    RunCommand(Supplier<AgentGraph> graphs, Path invocationDirectory) {
        this.graphs = graphs;
        this.invocationDirectory = invocationDirectory;
    }

    @Override
    public void take(String name, List<String> rest) {
        command = name;
        args.addAll(rest);
    }

    @Override
    public Integer call() throws Exception {
        AgentGraph graph = graphs.get();
        if (command == null) {
            list(target.service != null ? graph.catalog().load(target.service)
                    : graph.commandRunner().deploymentContext(target.deployment).service().spec());
            return 0;
        }
        CommandRunner runner = graph.commandRunner();
        CommandInvocation invocation = target.service != null
                ? runner.forService(target.service, command, args, invocationDirectory)
                : runner.forDeployment(target.deployment, command, args, invocationDirectory);
        spec.commandLine().getOut().flush();
        return runner.run(invocation);
    }

    private void list(ServiceSpec service) throws Exception {
        if (json) {
            spec.commandLine().getOut().println(JsonFiles.MAPPER.writeValueAsString(Map.of("service", service.name(),
                    "commands", service.commands())));
            spec.commandLine().getOut().flush();
            return;
        }
        TextTable table = new TextTable(List.of("COMMAND", "CONTEXTS", "DESCRIPTION"));
        service.commands().forEach((name, declared) -> table.add(List.of(name,
                String.join(", ", CommandRunner.contexts(declared)), declared.description())));
        table.print(spec.commandLine().getOut());
    }
}
