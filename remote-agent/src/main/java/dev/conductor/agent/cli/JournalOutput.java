package dev.conductor.agent.cli;

import dev.conductor.agent.logs.JournalQuery;
import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ForegroundProcess;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs journalctl for {@code service logs} and {@code deployment logs}. */
final class JournalOutput {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private JournalOutput() {}

    /**
     * Prints the last lines through {@code out}; with {@code follow}, hands the terminal to
     * journalctl until it is interrupted, and returns its exit code.
     */
    static int show(ProcessRunner processes, List<String> matches, boolean follow, int lines, PrintWriter out) {
        List<String> command = JournalQuery.command(matches, follow, lines);
        if (follow) {
            out.flush();
            return ForegroundProcess.run(command, null, Map.of());
        }
        ExecResult result = processes.run(new ProcessSpec(command, null, Map.of(), READ_TIMEOUT, null))
                .orThrow();
        out.print(result.stdout());
        out.flush();
        return 0;
    }
}
