package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Asks the agent to stop a stream or a running command. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cancel(String id) implements Message {
}
