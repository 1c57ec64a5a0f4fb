package dev.conductor.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.Event;

/** The events of the agent's streams (deploy progress, logs, command output) as lines of text. */
public final class StreamText {

    private StreamText() {}

    /** A {@code progress} event as a line, e.g. {@code [  1.20s] switch  routed to web-2}; null for other events. */
    public static String progressLine(Event event) {
        return "progress".equals(event.event()) ? String.format("[%6.2fs] %-11s %s",
                event.data().path("seconds").asDouble(), event.data().path("step").asText(),
                event.data().path("detail").asText()) : null;
    }

    /** A {@code logs.follow} {@code line} event as {@code timestamp unit: message}; null for other events. */
    public static String logLine(Event event) {
        return "line".equals(event.event()) ? logLine(event.data()) : null;
    }

    /** A journal entry as {@code timestamp unit: message}: the timestamp first, up to the first space. */
    public static String logLine(JsonNode entry) {
        return entry.path("timestamp").asText() + " " + entry.path("unit").asText() + ": "
                + entry.path("message").asText();
    }

    /** A {@code command.run} {@code output} event's text without its line end; null for other events. */
    public static String outputLine(Event event) {
        return "output".equals(event.event()) ? event.data().path("data").asText().stripTrailing() : null;
    }
}
