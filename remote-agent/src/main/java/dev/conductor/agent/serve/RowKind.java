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

/** The rows {@code events.subscribe} keeps consoles current on, as their listings compute them. */
enum RowKind {
    SERVICE(EventNames.SERVICE) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph) {
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            for (ServiceRow row : graph.serviceListing().list()) {
                rows.put(row.name(), MessageCodec.MAPPER.valueToTree(row));
            }
            return rows;
        }
    },
    DEPLOYMENT(EventNames.DEPLOYMENT) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph) {
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            for (DeploymentRow row : graph.deploymentListing().list()) {
                rows.put(row.name(), MessageCodec.MAPPER.valueToTree(row));
            }
            return rows;
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

    /** Every row of this kind on the host, by name, as the listing method sends it. */
    abstract Map<String, JsonNode> rows(AgentGraph graph);
}
