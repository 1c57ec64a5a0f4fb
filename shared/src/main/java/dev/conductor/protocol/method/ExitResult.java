package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code command.run}: the command's exit code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExitResult(int exitCode) {
}
