package dev.conductor.agent.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code peer ls}: a peer's record, when the cluster last heard of it, and so whether it is alive.
 *
 * @param running the fleet services its last heartbeat says it runs
 */
public record PeerRow(String host, String address, Map<String, String> labels, JsonNode resources, Instant lastSeen,
        String state, List<RunningService> running) {

    public static final String ALIVE = "alive";
    public static final String MISSING = "missing";

    public PeerRow {
        running = running == null ? List.of() : List.copyOf(running);
    }
}
