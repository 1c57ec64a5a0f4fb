package dev.conductor.agent.serve;

import dev.conductor.agent.command.CommandInvocation;
import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.engine.Engine;
import dev.conductor.protocol.Request;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code command.run}: a command the service declares, in the context {@code run} would use,
 * its output streamed as {@code output} events while it runs. Cancel kills its process tree.
 */
final class CommandMethod implements Method {

    private final Supplier<Engine> engines;
    private final Path invocationDirectory;

    CommandMethod(Supplier<Engine> engines, Path invocationDirectory) {
        this.engines = engines;
        this.invocationDirectory = invocationDirectory;
    }

    @Override
    public Object call(Call call) throws InterruptedException {
        CommandInvocation invocation = invocation(call.request());
        ChildProcess child = ChildProcess.start(invocation.argv(), invocation.directory(), invocation.environment());
        call.onCancel(child::kill);
        int exitCode = child.chunks((stream, data) -> call.emit("output", output(stream, data)));
        return Map.of("exit_code", exitCode);
    }

    private CommandInvocation invocation(Request request) {
        String command = request.text("command");
        List<String> args = Params.texts(request, "args");
        String service = Params.optionalName(request, "service");
        String deployment = Params.optionalName(request, "deployment");
        if ((service == null) == (deployment == null)) {
            throw Params.bad(request, "give exactly one of 'service' and 'deployment'");
        }
        CommandRunner runner = new CommandRunner(engines.get());
        return service != null ? runner.forService(service, command, args, invocationDirectory)
                : runner.forDeployment(deployment, command, args, invocationDirectory);
    }

    private static Map<String, String> output(String stream, String data) {
        Map<String, String> output = new LinkedHashMap<>();
        output.put("stream", stream);
        output.put("data", data);
        return output;
    }
}
