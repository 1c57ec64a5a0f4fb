package dev.conductor.sandbox;

import java.util.Arrays;

/**
 * What a finished command left behind: its exit code and its whole output.
 *
 * @param exitCode the process exit code (0 for success)
 * @param stdout everything written to standard output, decoded as UTF-8
 * @param stderr everything written to standard error, decoded as UTF-8
 */
public record ExecResult(int exitCode, String stdout, String stderr) {

    /** @return whether the command exited with 0 */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * @param lines how many lines to keep
     * @return the last {@code lines} non-blank lines of stderr, joined with newlines
     */
    public String stderrTail(int lines) {
        String[] all = stderr.strip().split("\\R");
        return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }
}
