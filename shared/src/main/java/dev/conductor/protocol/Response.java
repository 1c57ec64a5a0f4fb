package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** The successful end of a request. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Response(String id, JsonNode result) implements Message {
}
