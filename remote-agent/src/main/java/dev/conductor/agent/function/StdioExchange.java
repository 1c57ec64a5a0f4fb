package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves one of Caddy's connections to an http-stdio function, request after request (Caddy keeps
 * its connections alive): each request takes a slot, or gets 503 when {@code max_concurrency} are
 * running, then goes to a process from the {@link ProcessPool} and its answer back to Caddy. A
 * process that does not answer within {@code timeout_sec} is killed and the request gets 504; one
 * that answers with no HTTP response, 502.
 */
final class StdioExchange {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
    private final ServiceFunction function;
    private final ProcessPool pool;
    private final Semaphore slots;
    private final FunctionStats stats;
    private final ScheduledExecutorService timer;
    private final Set<SocketChannel> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean retired;

    private final FunctionLog log;

    StdioExchange(ServiceFunction function, ProcessPool pool, Semaphore slots, FunctionStats stats,
            ScheduledExecutorService timer, FunctionLog log) {
        this.log = log;
        this.function = function;
        this.pool = pool;
        this.slots = slots;
        this.stats = stats;
        this.timer = timer;
    }

    void serve(SocketChannel client) {
        try (client) {
            BufferedInputStream in = new BufferedInputStream(Channels.newInputStream(client), 16 * 1024);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(client), 16 * 1024);
            while (nextRequest(client, in)) {
                FunctionHttp.Read read;
                try {
                    read = FunctionHttp.read(in, function.maxBodyBytes());
                } catch (FunctionHttp.Refused refused) {
                    log.line("refused a request: " + refused.getMessage());
                    answer(out, refused.status, refused.getMessage(), "");
                    return;
                }
                if (!slots.tryAcquire()) {
                    stats.record(503, 0);
                    answer(out, 503, "Service Unavailable", "Retry-After: 1\r\n");
                    return;
                }
                try {
                    if (!exchange(read, out) || retired) {
                        return;
                    }
                } finally {
                    slots.release();
                }
            }
        } catch (IOException gone) {
            // Caddy closed the connection, or the answer was cut: nothing is left to tell
        }
    }

    /** Relays one request; whether the client's connection may carry the next. */
    private boolean exchange(FunctionHttp.Read read, OutputStream out) throws IOException {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            ProcessConnection process;
            try {
                process = pool.take();
            } catch (IOException e) {
                log.line(e.getMessage());
                return fail(out, 502, "Bad Gateway", start);
            }
            // a kept connection may have been closed by its program while idle: once more on a fresh one
            boolean retry = attempt == 0 && process.served() > 0 && IDEMPOTENT.contains(read.request().method());
            Boolean keepAlive = attempt(read, out, start, process, retry);
            if (keepAlive != null) {
                return keepAlive;
            }
        }
    }

    /** One try on {@code process}: whether the client may go on, or null to try again. */
    private Boolean attempt(FunctionHttp.Read read, OutputStream out, long start, ProcessConnection process,
            boolean retry) throws IOException {
        HttpRelay.Progress progress = new HttpRelay.Progress();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            timedOut.set(true);
            pool.kill(process);
        }, function.timeoutSec(), TimeUnit.SECONDS);
        boolean sent = false;
        try {
            HttpRelay.forward(read.request(), read.body(), pool.last(process), process.out());
            sent = true;
            HttpRelay.Relayed relayed = HttpRelay.relay(read.request().method(), process.in(), out, progress);
            if (watchdog.cancel(false)) {
                pool.giveBack(process, relayed.backendReusable()); // else the watchdog has just killed it
            }
            stats.record(relayed.status(), System.nanoTime() - start);
            return relayed.clientKeepAlive();
        } catch (HttpRelay.NoAnswer e) {
            watchdog.cancel(false);
            pool.kill(process);
            if (retry) {
                return null;
            }
            log.line(e.getMessage());
            return fail(out, 502, "Bad Gateway", start);
        } catch (BadGatewayException e) {
            watchdog.cancel(false);
            pool.kill(process);
            log.line(e.getMessage());
            return progress.started() ? fail(start, 502) : fail(out, 502, "Bad Gateway", start);
        } catch (IOException e) {
            watchdog.cancel(false);
            pool.kill(process);
            if (retry && !sent && !timedOut.get()) {
                return null;
            }
            if (timedOut.get()) {
                log.line("no answer within " + function.timeoutSec() + " s: killed "
                        + (process.unit() == null ? "the connection" : process.unit()));
            }
            int status = timedOut.get() ? 504 : 502;
            return progress.started() ? fail(start, status) : fail(out, status, timedOut.get() ? "Gateway Timeout"
                    : "Bad Gateway", start);
        }
    }

    private boolean fail(OutputStream out, int status, String reason, long start) throws IOException {
        answer(out, status, reason, "");
        return fail(start, status);
    }

    private boolean fail(long start, int status) {
        stats.record(status, System.nanoTime() - start);
        return false;
    }

    /**
     * Ends the connections waiting for their next request, and the others after their answer: the
     * function's definition changed, and Caddy's next connection reaches the new one.
     */
    void retire() {
        retired = true;
        waiting.forEach(StdioExchange::closeQuietly);
    }

    /** Waits for the next request's first byte; false when Caddy closed its idle connection. */
    private boolean nextRequest(SocketChannel client, BufferedInputStream in) throws IOException {
        waiting.add(client);
        try {
            if (retired) {
                return false;
            }
            in.mark(1);
            if (in.read() < 0) {
                return false;
            }
            in.reset();
            return true;
        } finally {
            waiting.remove(client);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closed already
        }
    }

    // the request was read to its end, so the answer can go out and the connection close
    private static void answer(OutputStream out, int status, String reason, String headers) throws IOException {
        out.write(FunctionHttp.answer(status, reason, headers));
        out.flush();
    }
}
