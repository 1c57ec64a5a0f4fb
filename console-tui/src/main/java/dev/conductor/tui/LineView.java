package dev.conductor.tui;

import dev.conductor.console.view.Matches;
import dev.conductor.console.view.StreamLine;
import dev.conductor.console.view.StreamText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lines of a stream window, free of Lanterna: bounded raw lines and how they are shown,
 * wrapped or not, with or without their leading timestamp, and search over the shown lines. A
 * shown row keeps its line's stream.
 */
final class LineView {

    private final int maxLines;
    private final Deque<StreamLine> raw = new ArrayDeque<>();
    // how many shown lines each raw line became, so that evicting one removes the right rows
    private final Deque<Integer> shownCounts = new ArrayDeque<>();
    private boolean wrap;
    private boolean timestamps = true;

    LineView(int maxLines) {
        this.maxLines = maxLines;
    }

    boolean wrap() {
        return wrap;
    }

    boolean timestamps() {
        return timestamps;
    }

    void toggleWrap() {
        wrap = !wrap;
    }

    void toggleTimestamps() {
        timestamps = !timestamps;
    }

    /** Adds a line and returns its shown lines; {@link #evict()} then says how many old rows to drop. */
    List<StreamLine> add(StreamLine line, int width) {
        List<StreamLine> shown = format(line, width);
        raw.addLast(line);
        shownCounts.addLast(shown.size());
        return shown;
    }

    /** Drops the oldest lines beyond the bound; returns how many shown rows they took. */
    int evict() {
        int rows = 0;
        while (raw.size() > maxLines) {
            raw.removeFirst();
            rows += shownCounts.removeFirst();
        }
        return rows;
    }

    /** Every line as shown with the current options, e.g. after a toggle. */
    List<StreamLine> renderAll(int width) {
        List<StreamLine> shown = new ArrayList<>();
        shownCounts.clear();
        for (StreamLine line : raw) {
            List<StreamLine> rows = format(line, width);
            shownCounts.addLast(rows.size());
            shown.addAll(rows);
        }
        return shown;
    }

    /** The first row after {@code from} containing {@code needle}, wrapping around; -1 if none. */
    static int nextMatch(List<String> rows, String needle, int from) {
        for (int step = 1; step <= rows.size(); step++) {
            int row = Math.floorMod(from + step, rows.size());
            if (Matches.contains(rows.get(row), needle)) {
                return row;
            }
        }
        return -1;
    }

    private List<StreamLine> format(StreamLine line, int width) {
        String text = timestamps ? line.text() : withoutTimestamp(line.text());
        if (!wrap || width <= 0 || text.length() <= width) {
            return List.of(new StreamLine(text, line.stderr()));
        }
        List<StreamLine> rows = new ArrayList<>();
        for (int start = 0; start < text.length(); start += width) {
            rows.add(new StreamLine(text.substring(start, Math.min(text.length(), start + width)), line.stderr()));
        }
        return rows;
    }

    /** Log lines start with the timestamp, then a space; see {@code StreamText.logLine}. */
    private static String withoutTimestamp(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(space + 1);
    }
}
