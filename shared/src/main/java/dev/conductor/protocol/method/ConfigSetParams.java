package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code service.config.set}.
 *
 * @param name the service
 * @param values the config variables to override, in order
 * @param reload whether to deploy them now; null for the agent's default (yes)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigSetParams(String name, Map<String, String> values, Boolean reload) implements RequestParams {

    public ConfigSetParams {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static ConfigSetParams read(ParamsReader in) {
        return new ConfigSetParams(in.name("name"), in.textMap("values"), in.flag("reload"));
    }
}
