package dev.conductor.agent.function;

import dev.conductor.agent.http.DaemonThreads;
import dev.conductor.agent.http.SocketAccess;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.ServiceFunction;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;

/**
 * One function's socket, where Caddy dials. For {@code cgi} and {@code action} each connection
 * carries one request ({@link CgiExchange}, {@link ActionExchange}); for {@code http-stdio} a
 * connection carries request after request to the function's processes ({@link StdioExchange}). At most
 * {@code max_concurrency} run at once; the next is answered 503 with {@code Retry-After} at once,
 * never queued without bound.
 */
final class FunctionSocket implements AutoCloseable {

    private final ServiceFunction function;
    private final ServerSocketChannel server;
    private final Semaphore slots;
    private final FunctionStats stats = new FunctionStats();
    private final FunctionLog log;
    private final SingleExchange single;
    private final ProcessPool pool;
    private final StdioExchange exchange;
    private final Semaphore connections = new Semaphore(MAX_CONNECTIONS);
    private final ScheduledFuture<?> ticks;
    private volatile Runnable sleeper = () -> { };
    /** Caddy's connections to one http-stdio function, most of them idle between requests. */
    static final int MAX_CONNECTIONS = 1024;
    private final Semaphore refusing = new Semaphore(64);
    private final ExecutorService refusers = Executors.newFixedThreadPool(2,
            DaemonThreads.named("function-refuse"));
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("function-request"));

    private FunctionSocket(String id, ServiceFunction function, Path directory, Map<String, String> variables,
            ServerSocketChannel server, CgiRunner runner, ProcessPool pool, ScheduledExecutorService timer) {
        this.function = function;
        this.server = server;
        this.slots = new Semaphore(function.maxConcurrency());
        this.pool = pool;
        this.log = new FunctionLog(id, FunctionLog.JOURNAL_STREAM);
        this.single = pool != null ? null : function.format() == FunctionFormat.ACTION
                ? new ActionExchange(function, directory, variables, slots, stats, log, timer)
                : new CgiExchange(function, variables, runner, starter(id, function, directory), slots, stats, log);
        this.exchange = pool == null ? null : new StdioExchange(function, pool, slots, stats, timer, log);
        this.ticks = pool == null ? null : timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private CgiProcess.Starter starter(String id, ServiceFunction function, Path directory) {
        return CgiForkServer.available()
                ? new CgiForkServer(function, directory, FunctionUnits.PROCESS_SOCKETS.resolve(id + "-cgi.sock"),
                        CgiRunner.baseEnvironment(), log)
                : new JdkCgiStarter(function, directory, log);
    }

    /** Once a second: idle processes beyond {@code min_warm} end, and an idle {@code parallel} daemon stops. */
    private void tick() {
        long idle = TimeUnit.SECONDS.toNanos(function.idleTimeoutSec());
        pool.trim(idle);
        if (pool.fallAsleep(idle, function.maxConcurrency() - slots.availablePermits())) {
            sleeper.run();
        }
    }

    /**
     * Binds {@code socket} (replacing a stale one) and serves on a thread of its own; an
     * http-stdio function's requests go to {@code pool}, null for cgi.
     */
    static FunctionSocket open(String id, ServiceFunction function, Path directory, Map<String, String> variables,
            Path socket, SocketAccess access, CgiRunner runner, ProcessPool pool, ScheduledExecutorService timer)
            throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket), 512);
        access.grant(socket);
        FunctionSocket opened = new FunctionSocket(id, function, directory, variables, server, runner, pool, timer);
        DaemonThreads.start(opened::accept, "function-" + id);
        return opened;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                if (exchange != null) {
                    serveStdio(connection);
                } else if (slots.tryAcquire()) {
                    workers.execute(() -> single.serve(connection));
                } else if (record(503) && !refusing.tryAcquire()) {
                    closeQuietly(connection); // a flood: not even a 503 for each
                } else {
                    refusers.execute(() -> {
                        Refusal.send(connection, 503, "Service Unavailable", "Retry-After: 1\r\n");
                        refusing.release();
                    });
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serveStdio(SocketChannel connection) {
        if (!connections.tryAcquire()) {
            stats.record(503, 0);
            refusers.execute(() -> Refusal.send(connection, 503, "Service Unavailable", "Retry-After: 1\r\n"));
            return;
        }
        workers.execute(() -> {
            try {
                exchange.serve(connection);
            } finally {
                connections.release();
            }
        });
    }

    // a saturated request counts, with no latency of its own
    private boolean record(int status) {
        stats.record(status, 0);
        return true;
    }

    /** The figures so far, with the requests running now. */
    FunctionStats.Snapshot stats() {
        return stats.snapshot(function.maxConcurrency() - slots.availablePermits(), pool == null ? 0 : pool.idle());
    }

    private static void closeQuietly(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // closed already
        }
    }

    /** What to do when the function's {@code parallel} daemon fell idle: stop it. */
    void onIdle(Runnable stop) {
        sleeper = stop;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a socket that is gone already
        }
        workers.shutdown();
        refusers.shutdown();
        log.close();
        if (single != null) {
            single.close();
        }
        if (pool != null) {
            ticks.cancel(false);
            exchange.retire();
            pool.close();
        }
    }
}
