package dev.conductor.agent.cli;

import dev.conductor.agent.process.ProcessRunner;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of every {@code logs} command, and the journalctl run they make. */
final class JournalOptions {

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until interrupted.")
    boolean follow;

    @Option(names = {"-n", "--lines"}, defaultValue = "100", paramLabel = "N",
            description = "Show the last N lines (default ${DEFAULT-VALUE}; 0 for all).")
    int lines;

    int show(ProcessRunner processes, List<String> matches, PrintWriter out) {
        return JournalOutput.show(processes, matches, follow, lines, out);
    }
}
