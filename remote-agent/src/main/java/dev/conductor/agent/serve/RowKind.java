package dev.conductor.agent.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.protocol.method.EventNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The rows {@code events.subscribe} keeps consoles current on, as their listings compute them. */
enum RowKind {
    SERVICE(EventNames.SERVICE) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph, RowInputs known) {
            return byName(graph.serviceListing().list(), ServiceRow::name);
        }
    },
    DEPLOYMENT(EventNames.DEPLOYMENT) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph, RowInputs known) {
            known.pods().update(graph.deploymentListing().podStates());
            return quickRows(graph, known).orElseThrow();
        }

        @Override
        Optional<Map<String, JsonNode>> quickRows(AgentGraph graph, RowInputs known) {
            return Optional.of(byName(graph.deploymentListing().list(known.pods().get()), DeploymentRow::name));
        }
    },
    FUNCTION(EventNames.FUNCTION) {
        @Override
        Map<String, JsonNode> rows(AgentGraph graph, RowInputs known) {
            return byName(known.functions().list(graph), FunctionRow::id);
        }

        @Override
        Optional<Map<String, JsonNode>> quickRows(AgentGraph graph, RowInputs known) {
            return Optional.of(byName(known.functions().figures(), FunctionRow::id));
        }

        @Override
        boolean polled() {
            return true;
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

    /** Every row of this kind on the host, by name, as the listing method sends it; updates {@code known}. */
    abstract Map<String, JsonNode> rows(AgentGraph graph, RowInputs known);

    /**
     * The rows from what answers at once, with the pod states or services last seen; empty when
     * this kind has nothing quicker than {@link #rows}.
     */
    Optional<Map<String, JsonNode>> quickRows(AgentGraph graph, RowInputs known) {
        return Optional.empty();
    }

    /**
     * Whether its rows change without anything to watch, so that the feed polls {@link #quickRows}:
     * functions' figures change with every request.
     */
    boolean polled() {
        return false;
    }

    private static <T> Map<String, JsonNode> byName(List<T> rows, Function<T, String> name) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        rows.forEach(row -> byName.put(name.apply(row), MessageCodec.MAPPER.valueToTree(row)));
        return byName;
    }
}
