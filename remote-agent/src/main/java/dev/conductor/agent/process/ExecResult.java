package dev.conductor.agent.process;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a finished process: exit code and captured output.
 *
 * @param stdoutCut whether stdout went beyond {@link #KEPT_BYTES} and was cut
 */
public record ExecResult(List<String> command, int exitCode, String stdout, String stderr, boolean stdoutCut) {

    /** The most of a stream kept. */
    public static final int KEPT_BYTES = 16 * 1024 * 1024;
    private static final int TAIL_LINES = 20;

    public ExecResult {
        command = List.copyOf(command);
    }

    public ExecResult(List<String> command, int exitCode, String stdout, String stderr) {
        this(command, exitCode, stdout, stderr, false);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Returns this result when the exit code is 0; throws {@link ProcessFailedException} otherwise. */
    public ExecResult orThrow() {
        if (!succeeded()) {
            throw new ProcessFailedException(this);
        }
        return this;
    }

    /** The last lines of stderr (or stdout when stderr is empty), for error messages. */
    public String outputTail() {
        String source = stderr.isBlank() ? stdout : stderr;
        List<String> lines = Arrays.asList(source.strip().split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
