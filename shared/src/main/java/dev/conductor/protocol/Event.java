package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** Something a streaming request produced: progress, a log line, command output, a state change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(String id, String event, JsonNode data) implements Message {
}
