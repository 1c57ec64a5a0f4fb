package dev.conductor.tui;

import dev.conductor.console.view.StreamText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a stream window, free of Lanterna: bounded raw lines and how they are shown,
 * wrapped or not, with or without their leading timestamp, and search over the shown lines.
 */
final class LineView {

    private final int maxLines;
    private final Deque<String> raw = new ArrayDeque<>();
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
    List<String> add(String line, int width) {
        List<String> shown = format(line, width);
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
    List<String> renderAll(int width) {
        List<String> shown = new ArrayList<>();
        shownCounts.clear();
        for (String line : raw) {
            List<String> rows = format(line, width);
            shownCounts.addLast(rows.size());
            shown.addAll(rows);
        }
        return shown;
    }

    /** The first row after {@code from} containing {@code needle}, wrapping around; -1 if none. */
    static int nextMatch(List<String> rows, String needle, int from) {
        String wanted = needle.toLowerCase(Locale.ROOT);
        for (int step = 1; step <= rows.size(); step++) {
            int row = Math.floorMod(from + step, rows.size());
            if (rows.get(row).toLowerCase(Locale.ROOT).contains(wanted)) {
                return row;
            }
        }
        return -1;
    }

    private List<String> format(String line, int width) {
        String text = timestamps ? line : withoutTimestamp(line);
        if (!wrap || width <= 0 || text.length() <= width) {
            return List.of(text);
        }
        List<String> rows = new ArrayList<>();
        for (int start = 0; start < text.length(); start += width) {
            rows.add(text.substring(start, Math.min(text.length(), start + width)));
        }
        return rows;
    }

    /** Log lines start with the timestamp, then a space; see {@code StreamText.logLine}. */
    private static String withoutTimestamp(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(space + 1);
    }
}
