package dev.conductor.console.ssh;

import java.util.Arrays;

/** A finished remote command: its exit code and its output, as UTF-8. */
public record CommandResult(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The last {@code lines} non-blank lines of stderr. */
    public String stderrTail(int lines) {
        String[] all = stderr.strip().split("\\R");
        return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }
}
