package dev.conductor.agent.podman;

import dev.conductor.agent.process.ExecResult;
import java.util.List;
import java.util.regex.Pattern;

/** Picks what Podman said about a failure out of its stderr, for error messages. */
final class PodmanErrors {

    private static final int LINES = 10;
    /** Pull progress and retry warnings: a missing image prints three retries before the error. */
    private static final Pattern NOISE = Pattern.compile("^(time=\"[^\"]*\" level=(warning|info|debug) "
            + "|Trying to pull |Getting image source signatures|Copying (blob|config) |Writing manifest"
            + "|Storing signatures)");

    private PodmanErrors() {
    }

    /**
     * Podman's stderr without the noise. What is left names the cause; for a container that cannot
     * start, that is the line before the final "Error: failed to start 1 containers".
     */
    static String of(ExecResult result) {
        List<String> lines = result.stderr().lines()
                .filter(line -> !line.isBlank() && !NOISE.matcher(line).find())
                .toList();
        if (lines.isEmpty()) {
            return result.outputTail();
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
    }
}
