package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result of a stream that runs until cancelled ({@code logs.follow}, {@code events.subscribe}):
 * the cancel ends it with the error {@code cancelled}, so consoles never see one; {@code {}} on the wire.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoResult() {

    public static final NoResult NONE = new NoResult();
}
