package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A {@code removed} event of {@code events.subscribe}: {@code kind} is {@code service},
 * {@code deployment} or {@code function}, and {@code name} the row's name (a function's id).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemovedEvent(String kind, String name) {
}
