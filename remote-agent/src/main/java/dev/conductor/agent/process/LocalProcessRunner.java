package dev.conductor.agent.process;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Runs processes on this machine. The child gets a minimal base environment (see
 * {@link ProcessEnvironment}) plus the spec's variables, so that config values reach scripts as environment
 * variables and nothing of the agent's own environment leaks by accident.
 */
public final class LocalProcessRunner implements ProcessRunner {

    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.piped();

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
        String out = stdout.awaitText();
        return new ExecResult(spec.command(), process.exitValue(), out, stderr.awaitText(), stdout.cut());
    }

    private static Process start(ProcessSpec spec) {
        try {
            return ENVIRONMENT.builder(spec).start();
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
