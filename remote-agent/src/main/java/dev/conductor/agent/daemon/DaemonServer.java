package dev.conductor.agent.daemon;

import dev.conductor.socket.ChannelStreams;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers HTTP on the agent's socket, a thread per connection within two budgets: unit actions
 * (which an agent's own deploy waits on, through systemd) never queue behind clients, so that a
 * deploy cannot starve the unit job it waits for. Beyond the budgets a request gets 503 at once.
 */
public final class DaemonServer implements AutoCloseable {

    static final int UNIT_BUDGET = 192;
    static final int CLIENT_BUDGET = 64;

    private final ServerSocketChannel socket;
    private final Map<String, Route> routes;
    private final Semaphore units = new Semaphore(UNIT_BUDGET);
    private final Semaphore clients = new Semaphore(CLIENT_BUDGET);
    private final AtomicInteger threads = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "agent-conn-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** @param routes by {@code "METHOD /path"} */
    DaemonServer(ServerSocketChannel socket, Map<String, Route> routes) {
        this.socket = socket;
        this.routes = Map.copyOf(routes);
    }

    /** The agent's routes: the CLI, the units' thin client and the consoles' sessions. */
    public static DaemonServer of(ServerSocketChannel socket, CliExecutor cli, StdioSession stdio, StateApi state) {
        return new DaemonServer(socket, Map.of(
                "POST /v1/cli", new CliRoute(cli),
                "POST /v1/exec", new ExecRoute(cli),
                "POST /v1/stdio", new StdioRoute(stdio),
                "GET /v1/state", StateRoutes.state(state),
                "GET /v1/wait_for", StateRoutes.waitFor(state)));
    }

    /** Accepts connections until the socket is closed. */
    public void run() {
        while (socket.isOpen()) {
            SocketChannel connection;
            try {
                connection = socket.accept();
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                System.err.println("agent: accept failed: " + e.getMessage());
                continue;
            }
            if (units.availablePermits() + clients.availablePermits() == 0) {
                close(connection);
                continue;
            }
            pool.execute(() -> serve(connection));
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            System.err.println("agent: cannot close the socket: " + e.getMessage());
        }
        pool.shutdownNow();
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(ChannelStreams.in(connection));
            OutputStream out = ChannelStreams.out(connection);
            Exchange exchange = new Exchange(in, out);
            try {
                dispatch(HttpRequest.read(in), exchange);
            } catch (BadHttpException e) {
                exchange.reply(e.status(), "text/plain; charset=utf-8", e.getMessage() + "\n");
            }
        } catch (IOException gone) {
            // the client hung up; nothing to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            System.err.println("agent: request failed: " + e);
            e.printStackTrace();
        }
    }

    /** How many requests came so far: the idle trim runs only after some. */
    public long requests() {
        return requests.get();
    }

    private void dispatch(HttpRequest request, Exchange exchange) throws IOException, InterruptedException {
        requests.incrementAndGet();
        Route route = routes.get(request.method() + " " + request.path());
        if (route == null) {
            boolean known = routes.keySet().stream().anyMatch(key -> key.endsWith(" " + request.path()));
            throw new BadHttpException(known ? 405 : 404, (known ? "method not allowed: " : "no such path: ")
                    + HttpRequest.cut(request.method() + " " + request.path()) + "; known: " + routes.keySet());
        }
        Semaphore budget = route instanceof ExecRoute ? units : clients;
        if (!budget.tryAcquire()) {
            throw new BadHttpException(503, "the agent is busy: too many requests at once; try again");
        }
        try {
            route.handle(request, exchange);
        } finally {
            budget.release();
        }
    }

    private static void close(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException ignored) {
            // it is gone either way
        }
    }
}
