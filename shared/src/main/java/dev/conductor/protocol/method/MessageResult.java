package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of the control methods ({@code service.start}, ...) and {@code service.config.set}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageResult(String message) {
}
