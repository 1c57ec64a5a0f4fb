package dev.conductor.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.console.link.AgentLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a deploy-like request on the single host and prints its {@code progress} events. */
final class Progress {

    private final RemoteCommand command;

    Progress(RemoteCommand command) {
        this.command = command;
    }

    void run(String method, JsonNode params) {
        List<JsonNode> steps = new ArrayList<>();
        try (Consoles consoles = command.consoles(); AgentLink link = consoles.connect(consoles.singleHost())) {
            AgentLink.Stream stream = link.stream(method, params, event -> {
                if ("progress".equals(event.event())) {
                    steps.add(event.data());
                    if (!command.main.json) {
                        command.out().printf("[%6.2fs] %-11s %s%n", event.data().path("seconds").asDouble(),
                                event.data().path("step").asText(), event.data().path("detail").asText());
                        command.out().flush();
                    }
                }
            });
            JsonNode result = RemoteCommand.await(stream.result());
            if (command.main.json) {
                command.printJson(Map.of("steps", steps, "result", result));
            }
        }
    }
}
