package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A {@code removed} event of {@code events.subscribe}: {@code kind} is {@code service} or {@code deployment}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemovedEvent(String kind, String name) {
}
