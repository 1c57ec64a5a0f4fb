package dev.conductor.agent.process;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs processes on this machine. The child gets a minimal base environment (PATH, HOME,
 * LANG, ...) plus the spec's variables, so that config values reach scripts as environment
 * variables and nothing of the agent's own environment leaks by accident.
 */
public final class LocalProcessRunner implements ProcessRunner {

    private static final List<String> BASE_VARIABLES = List.of("PATH", "HOME", "LANG", "LC_ALL", "USER", "LOGNAME", "TZ");
    private static final String FALLBACK_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    @Override
    public ExecResult run(ProcessSpec spec) {
        Process process = start(spec);
        OutputCollector stdout = OutputCollector.drain(process.getInputStream(), "stdout");
        OutputCollector stderr = OutputCollector.drain(process.getErrorStream(), "stderr");
        feedStdin(process, spec.stdin());
        if (!waitFor(process, spec)) {
            killTree(process);
            throw new ProcessTimeoutException(spec, spec.timeout(), stderr.awaitText());
        }
        return new ExecResult(spec.command(), process.exitValue(), stdout.awaitText(), stderr.awaitText());
    }

    private static Process start(ProcessSpec spec) {
        ProcessBuilder builder = new ProcessBuilder(spec.command());
        if (spec.workingDirectory() != null) {
            builder.directory(spec.workingDirectory().toFile());
        }
        Map<String, String> env = builder.environment();
        env.clear();
        for (String name : BASE_VARIABLES) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.putIfAbsent("PATH", FALLBACK_PATH);
        // INVOCATION_ID is deliberately not passed on: podman leaves conmon in the caller's cgroup
        // when it sees one, and a restart of the resident agent would then take every pod's conmon
        env.putAll(spec.environment());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ProcessStartException(spec, e);
        }
    }

    private static void feedStdin(Process process, byte[] input) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // the child closed its stdin early: it may not read input at all, which is fine
        }
    }

    private static boolean waitFor(Process process, ProcessSpec spec) {
        try {
            return process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(process);
            throw new ProcessTimeoutException(spec, spec.timeout(), "interrupted");
        }
    }

    /** Kills the children first, so that a script's background jobs do not outlive it. */
    static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
