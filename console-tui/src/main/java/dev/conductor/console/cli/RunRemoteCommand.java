package dev.conductor.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.MessageCodec;
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
        ObjectNode params = MessageCodec.MAPPER.createObjectNode().put("command", command);
        params.put(deployment == null ? "service" : "deployment", deployment == null ? service : deployment);
        args.forEach(params.putArray("args")::add);
        try (Consoles consoles = consoles(); AgentLink link = consoles.connect(consoles.singleHost())) {
            AgentLink.Stream stream = link.stream("command.run", params, event -> {
                if ("output".equals(event.event())) {
                    var target = "stderr".equals(event.data().path("stream").asText()) ? err() : out();
                    target.print(event.data().path("data").asText());
                    target.flush();
                }
            });
            JsonNode result = await(stream.result());
            return result.path("exit_code").asInt();
        }
    }
}
