package dev.conductor.agent.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Finds every {@code @id} in a Caddy config, at any depth: Caddy's ids share one namespace. */
final class CaddyIds {

    private CaddyIds() {
    }

    static Set<String> in(JsonNode config) {
        Set<String> ids = new HashSet<>();
        // An explicit stack: configs from other tools may nest deeper than we would like to recurse.
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(config);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                node.fields().forEachRemaining(field -> visit(field.getKey(), field.getValue(), ids, pending));
            } else if (node.isArray()) {
                node.forEach(pending::push);
            }
        }
        return ids;
    }

    private static void visit(String name, JsonNode value, Set<String> ids, Deque<JsonNode> pending) {
        if ("@id".equals(name) && value.isTextual()) {
            ids.add(value.asText());
        } else {
            pending.push(value);
        }
    }
}
