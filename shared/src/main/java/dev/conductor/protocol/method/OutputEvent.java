package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An {@code output} event of {@code command.run}: {@code stream} is {@code stdout} or {@code stderr}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutputEvent(String stream, String data) {

    public static final String STDOUT = "stdout";
    public static final String STDERR = "stderr";
}
