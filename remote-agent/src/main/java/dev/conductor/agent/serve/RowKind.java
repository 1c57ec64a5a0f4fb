package dev.conductor.agent.serve;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.ServiceRow;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.deployment.DeploymentListing;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.service.ServiceListing;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.method.EventNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The rows {@code events.subscribe} keeps consoles current on, as their listings compute them. */
enum RowKind {
    SERVICE(EventNames.SERVICE) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph, KnownPods pods) {
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            for (ServiceRow row : graph.serviceListing().list()) {
                rows.put(row.name(), MessageCodec.MAPPER.valueToTree(row));
            }
            return rows;
        }
    },
    DEPLOYMENT(EventNames.DEPLOYMENT) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph, KnownPods pods) {
            pods.update(graph.deploymentListing().podStates());
            return quickRows(graph, pods).orElseThrow();
        }

        @Override
        Optional<Map<String, JsonNode>> quickRows(AgentGraph graph, KnownPods pods) {
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            for (DeploymentRow row : graph.deploymentListing().list(pods.get())) {
                rows.put(row.name(), MessageCodec.MAPPER.valueToTree(row));
            }
            return Optional.of(rows);
        }
    };

    private final String event;

    RowKind(String event) {
        this.event = event;
    }

    /** The event name, which is also the {@code kind} of a {@code removed} event. */
    String event() {
        return event;
    }

    /** Every row of this kind on the host, by name, as the listing method sends it; updates {@code pods}. */
    abstract Map<String, JsonNode> rows(AgentGraph graph, KnownPods pods);

    /**
     * The rows from what answers at once, with the pod states last seen; empty when this kind
     * has nothing quicker than {@link #rows}.
     */
    Optional<Map<String, JsonNode>> quickRows(AgentGraph graph, KnownPods pods) {
        return Optional.empty();
    }
}
