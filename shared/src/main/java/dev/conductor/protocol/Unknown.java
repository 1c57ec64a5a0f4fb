package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A message of a type this build does not know: read, then ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Unknown() implements Message {
}
