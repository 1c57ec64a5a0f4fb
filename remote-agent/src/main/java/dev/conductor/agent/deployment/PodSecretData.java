package dev.conductor.agent.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.agent.engine.JsonFiles;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pod secret's data as Podman 4.3's kube play reads it for a {@code secretKeyRef}: a JSON
 * object of base64-encoded values by key (checked on Podman 4.3.1: a plain value or plain JSON
 * strings are refused, "not valid JSON" and "illegal base64 data").
 */
final class PodSecretData {

    private PodSecretData() {}

    static byte[] of(Map<String, String> secrets) {
        Map<String, String> data = new LinkedHashMap<>();
        secrets.forEach((key, value) -> data.put(key,
                Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }
}
