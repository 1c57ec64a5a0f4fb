package dev.conductor.agent.serve;

import dev.conductor.agent.process.ProcessEnvironment;
import dev.conductor.agent.process.ProcessSpec;
import dev.conductor.agent.process.ProcessStartException;
import dev.conductor.protocol.method.OutputEvent;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A child whose output is handed on as it comes, for streams that run until they end or are
 * cancelled. Its environment is built by {@link ProcessEnvironment}, as for every child; its stdin is
 * empty.
 */
final class ChildProcess {

    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.piped();
    private static final int STDERR_KEPT = 4096;
    private static final int KILL_ROUNDS = 3;

    private final Process process;
    private final StringBuilder stderr = new StringBuilder();

    private ChildProcess(Process process) {
        this.process = process;
    }

    /** @throws ProcessStartException when it cannot start */
    static ChildProcess start(List<String> command, Path directory, Map<String, String> variables) {
        ProcessSpec spec = new ProcessSpec(command, directory, variables, ProcessSpec.DEFAULT_TIMEOUT, null);
        try {
            return new ChildProcess(ENVIRONMENT.builder(spec).redirectInput(new File("/dev/null")).start());
        } catch (IOException e) {
            throw new ProcessStartException(spec, e);
        }
    }

    /** Hands on stdout and stderr as chunks of text ({@code stdout}/{@code stderr}, text) until exit. */
    int chunks(BiConsumer<String, String> output) throws InterruptedException {
        Thread err = pump(process.getErrorStream(), text -> output.accept(OutputEvent.STDERR, text), "stderr");
        copy(process.getInputStream(), text -> output.accept(OutputEvent.STDOUT, text));
        err.join();
        return process.waitFor();
    }

    /** Hands on stdout line by line until exit; stderr is kept for {@link #stderrTail()}. */
    int lines(Consumer<String> lines) throws InterruptedException {
        Thread err = pump(process.getErrorStream(), this::keepStderr, "stderr");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            // killed: its pipe closed under us
        }
        err.join();
        return process.waitFor();
    }

    /** Kills the child and its descendants, so that a script's background jobs die with it. */
    void kill() {
        // descendants first: once the child is gone they belong to init, out of reach; and again,
        // for one forked while the first were killed
        for (int round = 0; round < KILL_ROUNDS && process.descendants().anyMatch(ProcessHandle::isAlive); round++) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        process.destroyForcibly();
    }

    synchronized String stderrTail() {
        return stderr.toString().strip();
    }

    private synchronized void keepStderr(String text) {
        stderr.append(text);
        if (stderr.length() > STDERR_KEPT) {
            stderr.delete(0, stderr.length() - STDERR_KEPT);
        }
    }

    private static Thread pump(InputStream stream, Consumer<String> sink, String name) {
        Thread thread = new Thread(() -> copy(stream, sink), "serve-child-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    // A reader returns what is there rather than waiting for a full buffer: output goes on as produced.
    private static void copy(InputStream stream, Consumer<String> sink) {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                sink.accept(new String(buffer, 0, read));
            }
        } catch (IOException e) {
            // killed: its pipe closed under us
        }
    }
}
