package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A {@code line} event of {@code logs.follow}; {@code timestamp} is ISO-8601 UTC. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogLine(String timestamp, String unit, String message) {
}
