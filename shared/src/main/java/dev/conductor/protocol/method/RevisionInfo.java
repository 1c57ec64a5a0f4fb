package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One revision in {@code service.history}, its config secrets masked; {@code created} is ISO-8601 UTC.
 * An older agent leaves out the last three: they read as null.
 *
 * @param trigger what started it: {@code console}, {@code cli}, {@code watch}, {@code reload},
 *     {@code fleet}, {@code retry}, {@code start}, {@code config}
 * @param by who, when known: the console's user and tool, or empty
 * @param outcome {@code succeeded}, {@code failed}, or null while it deploys (or was cut short)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionInfo(int number, String created, String reason, Map<String, String> config, String specHash,
        String trigger, String by, String outcome) {

    public RevisionInfo {
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** As an agent without triggers and outcomes sends it. */
    public RevisionInfo(int number, String created, String reason, Map<String, String> config, String specHash) {
        this(number, created, reason, config, specHash, null, null, null);
    }
}
