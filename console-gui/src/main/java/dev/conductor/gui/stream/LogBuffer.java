package dev.conductor.gui.stream;

import dev.conductor.console.view.Matches;
import dev.conductor.console.view.StreamLine;
import java.util.Arrays;
import java.util.List;

/**
 * The newest lines of a stream, bounded so that a log followed for hours does not eat the heap:
 * the oldest lines are dropped past the limit. Searches ignore case and wrap around.
 */
public final class LogBuffer {

    /** How many lines a buffer keeps unless told otherwise. */
    public static final int DEFAULT_LIMIT = 10_000;

    // a ring, so that dropping the oldest lines costs nothing
    private final StreamLine[] ring;
    private int head;
    private int size;
    private long dropped;

    /** A buffer of {@link #DEFAULT_LIMIT} lines. */
    public LogBuffer() {
        this(DEFAULT_LIMIT);
    }

    /** A buffer of at most {@code limit} lines. */
    public LogBuffer(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.ring = new StreamLine[limit];
    }

    /**
     * What one append did to the lines, so that a view can mirror it: first remove
     * {@code removed} lines from the head, then add {@code added} at the tail.
     */
    public record Change(int removed, List<StreamLine> added) {}

    /** Appends {@code lines}, dropping the oldest beyond the limit. */
    public Change append(List<StreamLine> lines) {
        int kept = Math.min(lines.size(), ring.length);
        List<StreamLine> added = List.copyOf(lines.subList(lines.size() - kept, lines.size()));
        int removed = Math.max(0, size + kept - ring.length);
        head = (head + removed) % ring.length;
        size -= removed;
        for (StreamLine line : added) {
            ring[(head + size) % ring.length] = line;
            size++;
        }
        dropped += removed + lines.size() - kept;
        return new Change(removed, added);
    }

    /** The line at {@code index}, 0 being the oldest kept. */
    public StreamLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
        return ring[(head + index) % ring.length];
    }

    public int size() {
        return size;
    }

    public int limit() {
        return ring.length;
    }

    /** How many lines were dropped to stay within the limit since the start or the last {@link #clear()}. */
    public long dropped() {
        return dropped;
    }

    public void clear() {
        Arrays.fill(ring, null);
        head = 0;
        size = 0;
        dropped = 0;
    }

    /** The first line after {@code from} containing {@code needle}, wrapping around; from the top if {@code from} is -1; -1 if none. */
    public int next(String needle, int from) {
        return search(needle, from >= 0 && from < size ? from : -1, 1);
    }

    /** The first line before {@code from} containing {@code needle}, wrapping around; from the end if {@code from} is -1; -1 if none. */
    public int previous(String needle, int from) {
        return search(needle, from >= 0 && from < size ? from : size, -1);
    }

    private int search(String needle, int start, int direction) {
        if (needle.isEmpty()) {
            return -1;
        }
        for (int step = 1; step <= size; step++) {
            int index = Math.floorMod(start + direction * step, size);
            if (Matches.contains(get(index).text(), needle)) {
                return index;
            }
        }
        return -1;
    }
}
