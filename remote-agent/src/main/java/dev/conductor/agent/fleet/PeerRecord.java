package dev.conductor.agent.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What a host's agent writes of itself into {@value FleetBuckets#PEERS} at every heartbeat.
 *
 * @param resources the {@code resources} of /etc/conductor/host.json as written there, or null
 * @param running the fleet services it runs; an older agent's record has none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeerRecord(String host, String address, Map<String, String> labels, JsonNode resources,
        List<RunningService> running) {

    public PeerRecord {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        running = running == null ? List.of() : List.copyOf(running);
    }

    /** A host that runs no fleet service. */
    public PeerRecord(String host, String address, Map<String, String> labels, JsonNode resources) {
        this(host, address, labels, resources, List.of());
    }
}
