package dev.conductor.agent.function;

import dev.conductor.agent.systemd.Systemd;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.ServiceFunction;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The connections to one http-stdio function's processes. For {@code single} and {@code multi}
 * each connection is a process that systemd started when the agent connected, so {@code min_warm}
 * connections are made ahead of requests and kept idle; a {@code single} process serves one
 * request, a {@code multi} one {@code max_requests}. For {@code parallel} the connections go to
 * one daemon. A process that times out is killed with its whole unit.
 */
final class ProcessPool implements AutoCloseable {

    private static final long REVIVE_EVERY = TimeUnit.SECONDS.toNanos(10);
    private final ServiceFunction function;
    private final FunctionUnits units;
    private final Systemd systemd;
    private final Executor background;
    private final long pid = ProcessHandle.current().pid();
    private final Deque<ProcessConnection> idle = new ArrayDeque<>();
    private long connections;
    private int refilling;
    private boolean closed;
    private volatile long lastTaken = System.nanoTime();
    private long lastRevived = System.nanoTime() - REVIVE_EVERY;
    private boolean awake;

    ProcessPool(ServiceFunction function, FunctionUnits units, Systemd systemd, Executor background) {
        this.function = function;
        this.units = units;
        this.systemd = systemd;
        this.background = background;
        // the socket may have run before this agent started (a restart after kill -9): count on from there
        this.connections = function.mode() == FunctionMode.PARALLEL ? 0 : systemd.accepted(units.socketUnit());
        this.awake = function.minWarm() > 0;
    }

    /**
     * Whether a {@code parallel} daemon has just become idle: no request taken for {@code idleNanos}
     * and none running. True once per idle spell, when the caller stops the daemon.
     */
    synchronized boolean fallAsleep(long idleNanos, int running) {
        if (!awake || function.minWarm() > 0 || running > 0 || System.nanoTime() - lastTaken < idleNanos) {
            return false;
        }
        awake = false;
        idle.forEach(ProcessConnection::close);
        idle.clear();
        return true;
    }

    /** An idle connection, the most recently used first, or a new one. */
    ProcessConnection take() throws IOException {
        ProcessConnection taken;
        synchronized (this) {
            taken = idle.pollFirst();
            awake = true;
            lastTaken = System.nanoTime();
        }
        warm();
        return taken != null ? taken : connect();
    }

    /** Whether the request about to go on {@code connection} is its process's last. */
    boolean last(ProcessConnection connection) {
        return switch (function.mode()) {
            case SINGLE -> true;
            case MULTI -> connection.served() + 1 >= function.maxRequests();
            case PARALLEL -> false;
        };
    }

    /** Takes a connection back after an answer; one that cannot carry another request is closed. */
    void giveBack(ProcessConnection connection, boolean reusable) {
        boolean wasLast = last(connection);
        connection.served(connection.served() + 1);
        synchronized (this) {
            if (reusable && !closed && !wasLast && idle.size() < function.maxConcurrency()) {
                connection.touch();
                idle.addFirst(connection);
                return;
            }
        }
        connection.close();
    }

    /** Ends a connection whose process failed or took too long, and the process with it. */
    void kill(ProcessConnection connection) {
        connection.close();
        if (connection.unit() != null) {
            background.execute(() -> systemd.kill(connection.unit()));
        }
    }

    /** Closes idle connections unused for {@code idleNanos}, beyond {@code min_warm}; how many are left. */
    int trim(long idleNanos) {
        long now = System.nanoTime();
        while (true) {
            ProcessConnection oldest;
            synchronized (this) {
                oldest = idle.peekLast();
                if (oldest == null || idle.size() <= function.minWarm() || now - oldest.lastUsed() < idleNanos) {
                    return idle.size();
                }
                idle.pollLast();
            }
            oldest.close();
        }
    }

    synchronized int idle() {
        return idle.size();
    }

    /** Makes connections ahead of requests until {@code min_warm} wait idle. */
    void warm() {
        synchronized (this) {
            if (closed || function.mode() == FunctionMode.PARALLEL || idle.size() + refilling >= function.minWarm()) {
                return;
            }
            refilling++;
        }
        background.execute(() -> {
            try {
                ProcessConnection made = connect();
                synchronized (this) {
                    if (!closed) {
                        idle.addLast(made);
                        made = null;
                    }
                }
                if (made != null) {
                    made.close();
                }
            } catch (IOException e) {
                System.err.println("function: cannot start a warm process on " + units.socketPath() + ": "
                        + e.getMessage());
            } finally {
                synchronized (this) {
                    refilling--;
                }
            }
            warm();
        });
    }

    // connections are made one at a time: systemd numbers its instances in the order it accepts
    private synchronized ProcessConnection connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(units.socketPath()));
        } catch (IOException e) {
            channel.close();
            revive();
            throw new IOException("cannot connect to " + units.socketPath() + " (" + e.getMessage() + "): its socket"
                    + " failed, as after a daemon that died at every start; started again at most every 10 s", e);
        }
        String unit = function.mode() == FunctionMode.PARALLEL ? null : units.instance(connections++, pid);
        return new ProcessConnection(channel, unit);
    }

    // called with the lock held, from connect
    private void revive() {
        long now = System.nanoTime();
        if (now - lastRevived < REVIVE_EVERY || closed) {
            return;
        }
        lastRevived = now;
        background.execute(() -> {
            try {
                if (function.mode() == FunctionMode.PARALLEL) {
                    systemd.resetFailed(units.service());
                }
                systemd.resetFailed(units.socketUnit());
                systemd.start(units.socketUnit());
            } catch (RuntimeException e) {
                System.err.println("function: cannot start " + units.socketUnit() + " again: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        ProcessConnection connection;
        while ((connection = pollIdle()) != null) {
            connection.close();
        }
    }

    private synchronized ProcessConnection pollIdle() {
        return idle.pollFirst();
    }
}
