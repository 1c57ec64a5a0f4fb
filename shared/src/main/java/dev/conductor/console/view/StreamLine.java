package dev.conductor.console.view;

/**
 * A line of a stream's view, and whether it came from a command's stderr, which the consoles
 * show apart. Progress, journal and status lines are never stderr.
 */
public record StreamLine(String text, boolean stderr) {

    /** A line from stdout, or of a stream that has only one. */
    public static StreamLine out(String text) {
        return new StreamLine(text, false);
    }
}
