package dev.conductor.agent.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a host's agent writes of itself into {@value FleetBuckets#PEERS} at every heartbeat.
 *
 * @param resources the {@code resources} of /etc/conductor/host.json as written there, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeerRecord(String host, String address, Map<String, String> labels, JsonNode resources) {

    public PeerRecord {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
