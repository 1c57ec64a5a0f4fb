package dev.conductor.console.view;

import dev.conductor.protocol.Event;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.LogLine;
import dev.conductor.protocol.method.OutputEvent;
import dev.conductor.protocol.method.Payloads;
import dev.conductor.protocol.method.ProgressEvent;
import java.util.List;

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

    /**
     * A {@code command.run} {@code output} event's lines, each marked stderr when the event's
     * {@code stream} says so; none for other events. An event is a chunk of what the process wrote,
     * so it may hold several lines.
     */
    public static List<StreamLine> outputLines(Event event) {
        if (!EventNames.OUTPUT.equals(event.event())) {
            return List.of();
        }
        OutputEvent output = Payloads.read(event.data(), OutputEvent.class);
        boolean stderr = OutputEvent.STDERR.equals(output.stream());
        return text(output.data()).stripTrailing().lines().map(line -> new StreamLine(line, stderr)).toList();
    }

    private static String text(String field) {
        return field == null ? "" : field;
    }
}
