package dev.conductor.console.view;

import dev.conductor.protocol.Event;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.LogLine;
import dev.conductor.protocol.method.OutputEvent;
import dev.conductor.protocol.method.Payloads;
import dev.conductor.protocol.method.ProgressEvent;

/** The events of the agent's streams (deploy progress, logs, command output) as lines of text. */
public final class StreamText {

    private StreamText() {}

    /** A {@code progress} event as a line, e.g. {@code [  1.20s] switch  routed to web-2}; null for other events. */
    public static String progressLine(Event event) {
        if (!EventNames.PROGRESS.equals(event.event())) {
            return null;
        }
        ProgressEvent progress = Payloads.read(event.data(), ProgressEvent.class);
        return String.format("[%6.2fs] %-11s %s", progress.seconds(), text(progress.step()), text(progress.detail()));
    }

    /** A {@code logs.follow} {@code line} event as {@code timestamp unit: message}; null for other events. */
    public static String logLine(Event event) {
        return EventNames.LINE.equals(event.event()) ? logLine(Payloads.read(event.data(), LogLine.class)) : null;
    }

    /** A journal entry as {@code timestamp unit: message}: the timestamp first, up to the first space. */
    public static String logLine(LogLine line) {
        return text(line.timestamp()) + " " + text(line.unit()) + ": " + text(line.message());
    }

    /** A {@code command.run} {@code output} event's text without its line end; null for other events. */
    public static String outputLine(Event event) {
        return EventNames.OUTPUT.equals(event.event())
                ? text(Payloads.read(event.data(), OutputEvent.class).data()).stripTrailing() : null;
    }

    private static String text(String field) {
        return field == null ? "" : field;
    }
}
