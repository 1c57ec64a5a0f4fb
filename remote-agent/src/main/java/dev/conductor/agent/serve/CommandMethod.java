package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandInvocation;
import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.protocol.method.CommandRunParams;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.ExitResult;
import dev.conductor.protocol.method.OutputEvent;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code command.run}: a command the service declares, in the context {@code run} would use,
 * its output streamed as {@code output} events while it runs. Cancel kills its process tree.
 */
final class CommandMethod implements Methods.Handler<CommandRunParams, ExitResult> {

    private final Supplier<AgentGraph> graphs;
    private final Path invocationDirectory;

    CommandMethod(Supplier<AgentGraph> graphs, Path invocationDirectory) {
        this.graphs = graphs;
        this.invocationDirectory = invocationDirectory;
    }

    @Override
    public ExitResult call(Call call, CommandRunParams params) throws InterruptedException {
        CommandInvocation invocation = invocation(params);
        ChildProcess child = ChildProcess.start(invocation.argv(), invocation.directory(), invocation.environment());
        call.onCancel(child::kill);
        int exitCode = child.chunks((stream, data) -> call.emit(EventNames.OUTPUT, new OutputEvent(stream, data)));
        return new ExitResult(exitCode);
    }

    private CommandInvocation invocation(CommandRunParams params) {
        CommandRunner runner = graphs.get().commandRunner();
        return params.service() != null
                ? runner.forService(params.service(), params.command(), params.args(), invocationDirectory)
                : runner.forDeployment(params.deployment(), params.command(), params.args(), invocationDirectory);
    }
}
