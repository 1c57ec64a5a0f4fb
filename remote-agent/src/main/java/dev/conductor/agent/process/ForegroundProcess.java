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

    // TERM matters here, unlike for hooks: the child may draw on the user's terminal.
    private static final List<String> BASE_VARIABLES =
            List.of("PATH", "HOME", "LANG", "LC_ALL", "USER", "LOGNAME", "TZ", "TERM");
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final String FALLBACK_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ForegroundProcess() {}

    /**
     * @param directory where it runs, or null for the agent's directory
     * @param variables added to a minimal base environment (PATH, HOME, LANG, TERM, ...)
     * @return the exit code
     * @throws ProcessStartException when it cannot start
     */
    public static int run(List<String> command, Path directory, Map<String, String> variables) {
        ProcessSpec spec = new ProcessSpec(command, directory, variables, ProcessSpec.DEFAULT_TIMEOUT, null);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Map<String, String> env = builder.environment();
        env.clear();
        BASE_VARIABLES.forEach(name -> {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        });
        env.putIfAbsent("PATH", FALLBACK_PATH);
        env.putAll(variables);
        try {
            return waitFor(builder.start());
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
