package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A {@code progress} event of a deploy, rollback, config set or reload. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgressEvent(String step, String detail, double seconds) {
}
