package dev.conductor.agent.function;

import dev.conductor.agent.http.DaemonThreads;
import dev.conductor.agent.http.SocketAccess;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The resident agent's function sockets. A function whose definition and variables did not
 * change keeps its socket; a changed one gets a new socket renamed over the old path, so that
 * Caddy's next connection reaches the new definition and none is refused in between.
 */
public final class FunctionManager implements FunctionHost {

    /** What a socket serves; a socket is replaced when this changes. */
    private record Served(ServiceFunction function, Path directory, Map<String, String> variables) {}

    /** @param units the processes' units of an http-stdio function, null for cgi */
    private record Open(String service, Served served, FunctionSocket socket, FunctionUnits units) {}

    private final Path sockets;
    private final SocketAccess access;
    private final StdioProcesses processes;
    private final CgiRunner runner = new CgiRunner();
    private final Map<String, Open> open = new HashMap<>();
    /** What {@link #open} serves, for the auth endpoint's lookups, which must not wait on a reload. */
    private volatile Map<String, ServiceFunction> functions = Map.of();
    private final ScheduledExecutorService timer = timer();
    private final ExecutorService background = Executors.newCachedThreadPool(DaemonThreads.named("function-background"));

    /** The resident agent's manager: sockets for Caddy, processes' units in systemd's runtime directory. */
    public FunctionManager(Systemd systemd) {
        this(FunctionId.SOCKETS, SocketAccess.caddyGroup(),
                new StdioProcesses(systemd, new DropIns(), FunctionUnits.PROCESS_SOCKETS));
    }

    FunctionManager(Path sockets, SocketAccess access, StdioProcesses processes) {
        this.sockets = sockets;
        this.access = access;
        this.processes = processes;
    }

    @Override
    public synchronized void open(ServiceSpec spec, Map<String, String> variables) {
        Map<String, Served> wanted = new HashMap<>();
        spec.functions().forEach(function -> wanted.put(FunctionId.of(spec.name(), function),
                new Served(function, spec.directory(), Map.copyOf(variables))));
        ActionFunctions.of(spec).forEach((id, action) -> wanted.put(id, new Served(action, spec.directory(),
                ActionFunctions.variables(variables, action, spec.directory()))));
        closeWhere(id -> spec.name().equals(open.get(id).service()) && !wanted.containsKey(id));
        wanted.forEach((id, served) -> {
            Open current = open.get(id);
            if (current == null || !Objects.equals(current.served(), served)) {
                replace(spec.name(), id, served, current);
            }
        });
        published();
    }

    private void published() {
        Map<String, ServiceFunction> now = new HashMap<>();
        open.forEach((id, served) -> now.put(id, served.served().function()));
        functions = Map.copyOf(now);
    }

    @Override
    public synchronized void close(String service) {
        closeWhere(id -> service.equals(open.get(id).service()));
        published();
    }

    @Override
    public synchronized Optional<FunctionStats.Snapshot> stats(String id) {
        return Optional.ofNullable(open.get(id)).map(served -> served.socket().stats());
    }

    @Override
    public Optional<ServiceFunction> function(String id) {
        return Optional.ofNullable(functions.get(id));
    }

    @Override
    public boolean serving() {
        return true;
    }

    private void replace(String service, String id, Served served, Open current) {
        Path socket = sockets.resolve(id + ".sock");
        Path fresh = sockets.resolve("." + id + ".sock.new");
        FunctionUnits units = null;
        try {
            Files.createDirectories(sockets);
            ServiceFunction function = served.function();
            ProcessPool pool = null;
            if (function.format() == FunctionFormat.HTTP_STDIO) {
                units = processes.install(id, function, served.directory(), served.variables());
                pool = new ProcessPool(function, units, processes.systemd(), background);
            }
            FunctionSocket opened = FunctionSocket.open(id, function, served.directory(), served.variables(),
                    fresh, access, runner, pool, timer);
            FunctionUnits started = units;
            opened.onIdle(() -> processes.stopIdle(started));
            Files.move(fresh, socket, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            open.put(id, new Open(service, served, opened, units));
            if (pool != null) {
                pool.warm();
            }
            if (current != null) {
                retire(current, units);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("function " + id + ": cannot serve it on " + socket + ": " + e.getMessage());
        }
    }

    /**
     * Closes a function's socket at once and removes its processes' units once its running
     * requests had their time ({@code timeout_sec}) or ended; none when they are the same units.
     */
    private void retire(Open old, FunctionUnits keep) {
        old.socket().close();
        FunctionUnits units = old.units();
        if (units == null || units.equals(keep)) {
            return;
        }
        background.execute(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(old.served().function().timeoutSec());
            while (old.socket().stats().running() > 0 && System.nanoTime() < deadline) {
                pause();
            }
            try {
                processes.remove(units);
            } catch (RuntimeException e) {
                System.err.println("function: cannot remove " + units.base() + ": " + e.getMessage());
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // every request schedules its watchdog and cancels it: cancelled ones must leave the queue at once
    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(2, DaemonThreads.named("function-timer"));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private void closeWhere(Predicate<String> which) {
        open.keySet().stream().filter(which).toList().forEach(id -> {
            retire(open.remove(id), null);
            try {
                Files.deleteIfExists(sockets.resolve(id + ".sock"));
            } catch (IOException e) {
                System.err.println("function " + id + ": cannot remove its socket: " + e.getMessage());
            }
        });
    }
}
