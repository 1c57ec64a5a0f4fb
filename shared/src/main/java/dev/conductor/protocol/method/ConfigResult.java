package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer of {@code service.config.get}: the effective config, secrets masked, and the overridden names. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigResult(Map<String, String> config, List<String> overridden) {

    public ConfigResult {
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        overridden = overridden == null ? List.of() : List.copyOf(overridden);
    }
}
