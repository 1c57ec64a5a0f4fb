package dev.conductor.agent.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program in the foreground: it shares the agent's stdin, stdout and stderr, so that it
 * can be interactive or stream for as long as it likes, and its exit code is returned.
 */
public final class ForegroundProcess {

    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.terminal();
    private static final Duration GRACE = Duration.ofSeconds(5);

    private ForegroundProcess() {}

    /**
     * @param directory where it runs, or null for the agent's directory
     * @param variables added to a minimal base environment (PATH, HOME, LANG, TERM, ...)
     * @return the exit code
     * @throws ProcessStartException when it cannot start
     */
    public static int run(List<String> command, Path directory, Map<String, String> variables) {
        ProcessSpec spec = new ProcessSpec(command, directory, variables, ProcessSpec.DEFAULT_TIMEOUT, null);
        try {
            return waitFor(ENVIRONMENT.builder(spec).inheritIO().start());
        } catch (IOException e) {
            throw new ProcessStartException(spec, e);
        }
    }

    // The child goes with the agent when the agent is killed: nothing else would stop it. It gets
    // a few seconds to finish on SIGTERM first, as a migration interrupted by Ctrl-C may need.
    private static int waitFor(Process process) {
        Thread reaper = new Thread(() -> stop(process));
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already and does the cleanup
            }
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LocalProcessRunner.killTree(process);
    }
}
