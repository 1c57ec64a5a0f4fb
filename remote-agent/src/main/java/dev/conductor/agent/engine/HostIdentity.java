package dev.conductor.agent.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This host as {@code conditions} see it: its name and the labels of {@code /etc/conductor/host.json}
 * ({@code {"labels": {"tier": "front"}}}).
 */
public record HostIdentity(String hostname, Map<String, String> labels) {

    public HostIdentity {
        labels = Map.copyOf(labels);
    }

    public static HostIdentity read(Path hostFile) {
        return new HostIdentity(localHostname(), labels(hostFile));
    }

    private static Map<String, String> labels(Path hostFile) {
        if (!Files.exists(hostFile)) {
            return Map.of();
        }
        try {
            JsonNode labels = JsonFiles.MAPPER.readTree(hostFile.toFile()).path("labels");
            Map<String, String> result = new LinkedHashMap<>();
            labels.fields().forEachRemaining(entry -> result.put(entry.getKey(), entry.getValue().asText()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read host labels from " + hostFile + ": " + e.getMessage(), e);
        }
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
