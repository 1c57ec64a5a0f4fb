package dev.conductor.console.view;

import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.RevisionInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A service's deploys over time, from {@code service.history}: each revision when it was made,
 * what triggered it, whether it was a rollback and how it ended. Both consoles draw it: the GUI
 * as a horizontal line of marks, the TUI as a list.
 *
 * @param entries oldest first
 */
public record Timeline(List<Entry> entries) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private static final String LINE = "%-16s  %-4s %-9s %-8s %s";

    public Timeline {
        entries = List.copyOf(entries);
    }

    public static Timeline of(HistoryResult history) {
        return new Timeline(history.revisions().stream().map(revision -> Entry.of(revision, history.serving())).toList());
    }

    /**
     * Where {@code entry} goes on a line from the first revision (0) to the last (1), by time; evenly
     * spaced when times are missing or all the same.
     */
    public double position(Entry entry) {
        int index = entries.indexOf(entry);
        if (entries.size() < 2) {
            return entries.size() == 1 ? 0.5 : 0;
        }
        Instant first = entries.get(0).at();
        Instant last = entries.get(entries.size() - 1).at();
        if (first == null || last == null || entry.at() == null || !last.isAfter(first)) {
            return (double) index / (entries.size() - 1);
        }
        return (double) (entry.at().toEpochMilli() - first.toEpochMilli()) / (last.toEpochMilli() - first.toEpochMilli());
    }

    /** The list the TUI shows, under a heading, newest first: time, revision (* serving), outcome, kind, trigger. */
    public List<String> lines() {
        if (entries.isEmpty()) {
            return List.of("(no revisions yet)");
        }
        List<String> lines = new ArrayList<>(entries.stream().map(Timeline::line).toList());
        lines.add(String.format(LINE, "TIME (UTC)", "REV", "OUTCOME", "KIND", "TRIGGER"));
        Collections.reverse(lines);
        return lines;
    }

    private static String line(Entry entry) {
        return String.format(LINE, entry.at() == null ? "?" : TIME.format(entry.at()),
                entry.revision() + (entry.serving() ? "*" : ""), entry.outcome().word(),
                entry.rollback() ? "rollback" : "deploy", entry.trigger());
    }

    /** How a revision's deploy ended. */
    public enum Outcome {
        SUCCEEDED("succeeded"), FAILED("failed"), DEPLOYING("deploying"), UNKNOWN("unknown");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** An older agent sends no outcome: the serving revision has succeeded, others are unknown. */
        static Outcome of(String outcome, boolean serving, boolean newest) {
            if ("succeeded".equals(outcome) || outcome == null && serving) {
                return SUCCEEDED;
            }
            if ("failed".equals(outcome)) {
                return FAILED;
            }
            return outcome == null && newest ? DEPLOYING : UNKNOWN;
        }
    }

    /**
     * One revision on the timeline.
     *
     * @param at when it was made, null if the agent's time cannot be read
     * @param trigger {@code console (ann@lap via conductor-tui)}, {@code watch}, ..., {@code unknown} from an older agent
     */
    public record Entry(int revision, Instant at, String trigger, boolean rollback, Outcome outcome, boolean serving) {

        static Entry of(RevisionInfo info, int serving) {
            boolean isServing = info.number() == serving;
            String reason = info.reason() == null ? "" : info.reason();
            return new Entry(info.number(), time(info.created()), trigger(info), reason.startsWith("rollback"),
                    Outcome.of(info.outcome(), isServing, info.number() > serving && info.trigger() != null), isServing);
        }

        private static String trigger(RevisionInfo info) {
            if (info.trigger() == null || info.trigger().isBlank()) {
                return "unknown";
            }
            return info.by() == null || info.by().isBlank() ? info.trigger() : info.trigger() + " (" + info.by() + ")";
        }

        private static Instant time(String created) {
            try {
                return created == null ? null : Instant.parse(created);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
