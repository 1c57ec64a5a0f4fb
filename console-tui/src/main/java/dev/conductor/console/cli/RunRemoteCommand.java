package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.method.CommandRunParams;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.ExitResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.OutputEvent;
import dev.conductor.protocol.method.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run SERVICE CMD [ARGS...]}: a declared command on one host, output streamed, exit code passed through. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a command declared by a service on the --host; its output streams, its exit code is ours.")
final class RunRemoteCommand extends RemoteCommand implements Callable<Integer> {

    @Option(names = {"-d", "--deployment"}, description = "Run in this deployment's context instead of the service's.")
    String deployment;

    @Parameters(index = "0", paramLabel = "SERVICE")
    String service;

    @Parameters(index = "1", paramLabel = "CMD")
    String command;

    @Parameters(index = "2..*", paramLabel = "ARGS")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        CommandRunParams params = deployment == null ? CommandRunParams.ofService(service, command, args)
                : CommandRunParams.ofDeployment(deployment, command, args);
        try (Consoles consoles = consoles(); AgentLink link = consoles.connect(consoles.singleHost())) {
            AgentLink.Stream<ExitResult> stream = link.stream(MethodNames.COMMAND_RUN, params, event -> {
                if (EventNames.OUTPUT.equals(event.event())) {
                    OutputEvent output = Payloads.read(event.data(), OutputEvent.class);
                    var target = "stderr".equals(output.stream()) ? err() : out();
                    target.print(output.data());
                    target.flush();
                }
            });
            return await(stream.result()).exitCode();
        }
    }
}
