package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer of {@code service.env} and {@code deployment.env}: the environment, secrets masked. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnvironmentResult(Map<String, String> environment) {

    public EnvironmentResult {
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }
}
