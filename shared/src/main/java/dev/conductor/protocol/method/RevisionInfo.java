package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One revision in {@code service.history}, its config secrets masked; {@code created} is ISO-8601 UTC. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevisionInfo(int number, String created, String reason, Map<String, String> config, String specHash) {

    public RevisionInfo {
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
