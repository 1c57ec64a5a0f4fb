package dev.conductor.console.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ServiceRow;
import java.util.ArrayList;
import java.util.List;

/** Turns the agent's listings and {@code events.subscribe} events into fleet updates. */
final class FleetEvents {

    private FleetEvents() {}

    static List<ServiceRow> services(JsonNode result) {
        return rows(result.path("services"), ServiceRow.class);
    }

    static List<DeploymentRow> deployments(JsonNode result) {
        return rows(result.path("deployments"), DeploymentRow.class);
    }

    /** Applies one event; events of kinds this console does not know are ignored. */
    static void apply(Fleet fleet, String host, Event event) {
        switch (event.event()) {
            case "service" -> fleet.service(host, row(event.data(), ServiceRow.class));
            case "deployment" -> fleet.deployment(host, row(event.data(), DeploymentRow.class));
            case "removed" -> removed(fleet, host, event.data());
            default -> { }
        }
    }

    private static void removed(Fleet fleet, String host, JsonNode data) {
        String name = data.path("name").asText();
        if ("deployment".equals(data.path("kind").asText())) {
            fleet.deploymentRemoved(host, name);
        } else {
            fleet.serviceRemoved(host, name);
        }
    }

    private static <T> List<T> rows(JsonNode array, Class<T> type) {
        List<T> rows = new ArrayList<>();
        array.forEach(node -> rows.add(row(node, type)));
        return rows;
    }

    private static <T> T row(JsonNode node, Class<T> type) {
        try {
            return MessageCodec.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the agent sent a " + type.getSimpleName() + " this console cannot read: "
                    + node, e);
        }
    }
}
