package dev.conductor.agent.function;

import dev.conductor.agent.process.ProcessEnvironment;
import dev.conductor.spec.ServiceFunction;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of a remote action: {@code exec} and the arguments as argv (no shell), stdin empty,
 * stdout and stderr together streamed to the client in chunks as they come, then the exit code
 * as the last line of the body ({@code conductor-exit-code: N}) and as the trailer
 * {@code Conductor-Exit-Code}. A run that outlives {@code timeout_sec} is killed with its
 * children and reports {@value #TIMED_OUT}; a client that goes away kills it too.
 */
final class ActionRun {

    static final int TIMED_OUT = 124;
    static final String EXIT_LINE = "conductor-exit-code: ";
    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.piped();
    private static final File NO_INPUT = new File("/dev/null");
    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nTransfer-Encoding: chunked\r\n"
            + "Trailer: Conductor-Exit-Code\r\nConnection: close\r\n\r\n";

    private final ServiceFunction action;
    private final Path directory;
    private final ScheduledExecutorService timer;
    private final FunctionLog log;

    ActionRun(ServiceFunction action, Path directory, ScheduledExecutorService timer, FunctionLog log) {
        this.action = action;
        this.directory = directory;
        this.timer = timer;
        this.log = log;
    }

    /** Runs it and answers the client; the HTTP status sent (502 when it could not start). */
    int run(List<String> args, Map<String, String> variables, OutputStream client) throws IOException {
        List<String> argv = new ArrayList<>(action.exec());
        argv.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(NO_INPUT);
        builder.environment().clear();
        builder.environment().putAll(ENVIRONMENT.build(variables));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            log.line("cannot start " + action.exec().get(0) + ": " + e.getMessage());
            client.write(FunctionHttp.answer(502, "Bad Gateway", ""));
            client.flush();
            return 502;
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = timer.schedule(() -> {
            timedOut.set(true);
            kill(process);
        }, action.timeoutSec(), TimeUnit.SECONDS);
        try {
            client.write(HEAD.getBytes(StandardCharsets.US_ASCII));
            boolean lineEnded = stream(process.getInputStream(), client);
            int code = exitCode(process, timedOut);
            String last = (lineEnded ? "" : "\n") + EXIT_LINE + code + "\n";
            chunk(client, last.getBytes(StandardCharsets.US_ASCII), last.length());
            client.write(("0\r\nConductor-Exit-Code: " + code + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            client.flush();
            log.line("run with " + args.size() + " argument(s) by " + variables.getOrDefault(
                    "CONDUCTOR_REMOTE_SUBJECT", "?") + (timedOut.get() ? ": killed after " + action.timeoutSec()
                    + " s" : "") + ": exit code " + code);
            return 200;
        } catch (IOException gone) {
            log.line("the client went away: the run was killed");
            throw gone;
        } finally {
            kill.cancel(false);
            kill(process);
        }
    }

    /** Copies the output as it comes; whether it ended with a line break (or was empty). */
    private static boolean stream(InputStream output, OutputStream client) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        boolean lineEnded = true;
        for (int read = output.read(buffer); read >= 0; read = output.read(buffer)) {
            if (read > 0) {
                chunk(client, buffer, read);
                lineEnded = buffer[read - 1] == '\n';
            }
        }
        return lineEnded;
    }

    private static void chunk(OutputStream client, byte[] bytes, int length) throws IOException {
        client.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        client.write(bytes, 0, length);
        client.write('\r');
        client.write('\n');
        client.flush();
    }

    private static int exitCode(Process process, AtomicBoolean timedOut) throws IOException {
        try {
            int code = process.waitFor();
            return timedOut.get() ? TIMED_OUT : code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the action", e);
        }
    }

    // through its handle: Process.destroy would close the output pipe with the last lines still in it
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
    }
}
