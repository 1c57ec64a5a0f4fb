package dev.conductor.console.view;

import java.util.ArrayList;
import java.util.List;

/** Finding a search needle in a line, ignoring case: whether it is there, and every place it is. */
public final class Matches {

    private Matches() {}

    /** Where one match is in its line: from {@code start}, up to but not including {@code end}. */
    public record Span(int start, int end) {}

    public static boolean contains(String line, String needle) {
        return next(line, needle, 0) >= 0;
    }

    /** Every match of {@code needle} in {@code line}, left to right and not overlapping; none for an empty needle. */
    public static List<Span> spans(String line, String needle) {
        List<Span> spans = new ArrayList<>();
        for (int at = next(line, needle, 0); at >= 0; at = next(line, needle, at + needle.length())) {
            spans.add(new Span(at, at + needle.length()));
        }
        return spans;
    }

    // regionMatches rather than toLowerCase: no copy of each of 10,000 lines per search
    private static int next(String line, String needle, int from) {
        if (line == null || needle == null || needle.isEmpty()) {
            return -1;
        }
        for (int at = from; at + needle.length() <= line.length(); at++) {
            if (line.regionMatches(true, at, needle, 0, needle.length())) {
                return at;
            }
        }
        return -1;
    }
}
