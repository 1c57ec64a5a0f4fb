package dev.conductor.agent.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.MessageCodec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Pod and container events from {@code podman events}: a pod's state shows in the deployment
 * rows, and a container that dies on its own changes it without any pod event.
 */
final class PodmanChanges {

    static final List<String> COMMAND = List.of("podman", "events", "--format", "json",
            "--filter", "type=pod", "--filter", "type=container");

    private PodmanChanges() {}

    static ChangeSource watcher() {
        return new CommandWatcher("podman", COMMAND, PodmanChanges::classify);
    }

    static Set<RowKind> classify(String line) {
        try {
            JsonNode event = MessageCodec.MAPPER.readTree(line);
            String type = event.path("Type").asText("");
            return type.equals("pod") || type.equals("container") ? EnumSet.of(RowKind.DEPLOYMENT) : Set.of();
        } catch (JsonProcessingException e) {
            return Set.of();
        }
    }
}
