package dev.conductor.agent.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This host as {@code conditions} and the fleet's placement see it: its name, and the labels and
 * resources of {@code /etc/conductor/host.json}
 * ({@code {"labels": {"tier": "front"}, "resources": {"vcpu": 4, "ram_gb": 100, "ports": 10}}}).
 *
 * @param hostname the host's name
 * @param labels the labels {@code conditions} match
 * @param resources what the host offers, in abstract units by name; only the fleet's placement
 *     reads them, the single-host engine runs every service whatever it asks
 */
public record HostIdentity(String hostname, Map<String, String> labels, Map<String, Double> resources) {

    public HostIdentity {
        labels = Map.copyOf(labels);
        resources = Map.copyOf(resources);
    }

    public HostIdentity(String hostname, Map<String, String> labels) {
        this(hostname, labels, Map.of());
    }

    /**
     * @param hostFile {@code host.json}; a missing file means no labels and no resources
     * @return this host
     * @throws dev.conductor.agent.error.ConductorException when a resource is not a number >= 0
     */
    public static HostIdentity read(Path hostFile) {
        JsonNode host = tree(hostFile);
        return new HostIdentity(localHostname(), labels(host.path("labels")),
                HostResources.parse(hostFile, host.path("resources")));
    }

    private static JsonNode tree(Path hostFile) {
        if (!Files.exists(hostFile)) {
            return MissingNode.getInstance();
        }
        try {
            return JsonFiles.MAPPER.readTree(hostFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read host labels from " + hostFile + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> result = new LinkedHashMap<>();
        labels.fields().forEachRemaining(entry -> result.put(entry.getKey(), entry.getValue().asText()));
        return result;
    }

    private static String localHostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException again) {
                return "localhost";
            }
        }
    }
}
