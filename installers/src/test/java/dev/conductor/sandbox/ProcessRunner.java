package dev.conductor.sandbox;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs a process on this machine with a time limit, feeding stdin and capturing stdout and
 * stderr. The only place where process I/O errors become {@link SandboxException}s.
 */
public final class ProcessRunner {

    /** How long output may stay open after the process exited (a daemon holding the pipe). */
    private static final Duration OUTPUT_GRACE = Duration.ofSeconds(10);
    private static final Executor IO_THREADS = task -> {
        Thread thread = new Thread(task, "sandbox-process-io");
        thread.setDaemon(true);
        thread.start();
    };

    private ProcessRunner() {
    }

    /**
     * Runs a command and waits for it.
     *
     * @param command the program and its arguments
     * @param stdin bytes for standard input (closed after them); empty for none
     * @param timeout how long the command may run before it and its descendants are killed
     * @param stderrLines receives each stderr line as it arrives (for progress), or {@code null}
     * @return exit code and output
     * @throws SandboxTimeoutException if the command ran longer than {@code timeout}
     * @throws SandboxException if the command could not be started or its output not read
     */
    public static ExecResult run(List<String> command, byte[] stdin, Duration timeout, Consumer<String> stderrLines) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new SandboxException("Cannot start " + Commands.quote(command) + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), IO_THREADS);
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(
                () -> readLines(process.getErrorStream(), stderrLines), IO_THREADS);
        CompletableFuture.runAsync(() -> writeAll(process.getOutputStream(), stdin), IO_THREADS);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                throw new SandboxTimeoutException("Timed out after " + timeout.toSeconds() + "s running "
                        + Commands.quote(command) + " (killed it); stderr so far:\n" + soFar(stderr));
            }
            return new ExecResult(process.exitValue(), await(stdout, command), await(stderr, command));
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while running " + Commands.quote(command), e);
        }
    }

    /**
     * Runs a command on this machine and requires exit code 0.
     *
     * @throws SandboxCommandException if it exits with another code
     */
    public static ExecResult runOk(List<String> command, Duration timeout) {
        ExecResult result = run(command, new byte[0], timeout, null);
        if (!result.succeeded()) {
            throw new SandboxCommandException("this machine", command, result);
        }
        return result;
    }

    private static String await(CompletableFuture<String> output, List<String> command) throws InterruptedException {
        try {
            return output.get(OUTPUT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SandboxException(Commands.quote(command) + " exited, but its output stayed open for "
                    + OUTPUT_GRACE.toSeconds() + "s: a background process it started holds stdout or stderr", e);
        } catch (ExecutionException e) {
            throw new SandboxException("Cannot read the output of " + Commands.quote(command), e.getCause());
        }
    }

    private static String soFar(CompletableFuture<String> output) {
        try {
            return output.get(2, TimeUnit.SECONDS).strip();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "(unreadable)";
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readLines(InputStream in, Consumer<String> lines) {
        if (lines == null) {
            return readAll(in);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.accept(line);
                all.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return all.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAll(OutputStream out, byte[] bytes) {
        try (out) {
            out.write(bytes);
        } catch (IOException e) {
            // the process exited without reading all of its input; its exit code tells the story
        }
    }
}
