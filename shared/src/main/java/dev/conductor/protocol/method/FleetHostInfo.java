package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One host of the cluster in {@code fleet}.
 *
 * @param state {@code alive} or {@code missing}, as {@code peer ls} says
 * @param lastSeen its last heartbeat, ISO-8601 UTC (the server's clock)
 * @param declared the {@code resources} its host.json declares
 * @param used the sum of the {@code best} resources of the services placed on it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FleetHostInfo(String host, String address, String state, String lastSeen, Map<String, String> labels,
        Map<String, Double> declared, Map<String, Double> used) {

    public FleetHostInfo {
        labels = sorted(labels);
        declared = sorted(declared);
        used = sorted(used);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
