package dev.conductor.agent.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A row of {@code peer ls}: a peer's record, when the cluster last heard of it, and so whether it is alive. */
public record PeerRow(String host, String address, Map<String, String> labels, JsonNode resources, Instant lastSeen,
        String state) {

    public static final String ALIVE = "alive";
    public static final String MISSING = "missing";
}
