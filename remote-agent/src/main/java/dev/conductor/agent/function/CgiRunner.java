package dev.conductor.agent.function;

import dev.conductor.agent.http.DaemonThreads;
import dev.conductor.agent.process.ProcessEnvironment;
import dev.conductor.spec.ServiceFunction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one request of a {@code cgi} function in {@code single} mode: starts the program with the
 * request's meta-variables, gives it the body on stdin, and writes its answer as an HTTP response.
 * A program that outlives {@code timeout_sec} is killed with its children (504 when nothing was
 * sent yet); one that prints no valid head gets the client a 502, the reason going to stderr (the
 * journal).
 */
public final class CgiRunner {

    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.piped();
    // a script's stdin and stderr get a thread each; pooled, since requests come by the thousand
    private static final ExecutorService STREAMS = Executors.newCachedThreadPool(DaemonThreads.named("cgi-stream"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("cgi-watchdog"));

    /** What every script's environment starts from: the agent's PATH and such. */
    static Map<String, String> baseEnvironment() {
        return ENVIRONMENT.build(Map.of());
    }

    /** The HTTP status sent, for the function's counters. */
    public int serve(ServiceFunction function, Map<String, String> env, InputStream body, OutputStream client,
            FunctionLog log, CgiProcess.Starter starter) throws IOException {
        CgiProcess process;
        try {
            process = starter.start(ENVIRONMENT.build(env));
        } catch (IOException e) {
            return fail(client, 502, "cannot start " + function.exec().get(0) + ": " + e.getMessage(), log);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut.set(true);
            process.kill();
        }, function.timeoutSec(), TimeUnit.SECONDS);
        boolean answered = false;
        try {
            feed(process, body);
            int status = answer(function, process, client, timedOut, log);
            answered = status < 500;
            return status;
        } finally {
            kill.cancel(false);
            if (!answered) {
                process.kill();
            }
            process.end();
        }
    }

    private int answer(ServiceFunction function, CgiProcess process, OutputStream client, AtomicBoolean timedOut,
            FunctionLog log) throws IOException {
        InputStream stdout = process.stdout();
        CgiResponse head;
        try {
            head = CgiResponse.read(stdout, function);
        } catch (BadGatewayException e) {
            return timedOut.get() ? fail(client, 504, function.exec().get(0) + " did not answer within "
                    + function.timeoutSec() + " s", log) : fail(client, 502, e.getMessage(), log);
        }
        client.write(head.httpHead());
        stdout.transferTo(client);
        client.flush();
        return head.status();
    }

    // the body goes in on its own thread: a program may answer before it reads all of it
    private static void feed(CgiProcess process, InputStream body) {
        STREAMS.execute(() -> {
            try (OutputStream stdin = process.stdin()) {
                body.transferTo(stdin);
            } catch (IOException e) {
                // the program closed its stdin: it does not want the rest
            }
        });
    }

    /** The script's stderr, line by line into the function's journal, on a thread that ends with the script. */
    static void copyLines(InputStream stderr, FunctionLog log) {
        STREAMS.execute(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.line(line);
                }
            } catch (IOException e) {
                // the script is gone
            }
        });
    }

    private static int fail(OutputStream client, int status, String reason, FunctionLog log) throws IOException {
        log.line(reason);
        client.write(FunctionHttp.answer(status, status == 504 ? "Gateway Timeout" : "Bad Gateway", ""));
        client.flush();
        return status;
    }
}
