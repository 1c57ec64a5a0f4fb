package dev.conductor.agent.function;

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
import java.util.function.Predicate;

/**
 * The resident agent's function sockets. A function whose definition and variables did not
 * change keeps its socket; a changed one gets a new socket renamed over the old path, so that
 * Caddy's next connection reaches the new definition and none is refused in between.
 */
public final class FunctionManager implements FunctionHost {

    /** What a socket serves; a socket is replaced when this changes. */
    private record Served(ServiceFunction function, Path directory, Map<String, String> variables) {}

    private record Open(String service, Served served, FunctionSocket socket) {}

    private final Path sockets;
    private final SocketAccess access;
    private final CgiRunner runner = new CgiRunner();
    private final Map<String, Open> open = new HashMap<>();

    public FunctionManager() {
        this(FunctionId.SOCKETS, SocketAccess.caddyGroup());
    }

    FunctionManager(Path sockets, SocketAccess access) {
        this.sockets = sockets;
        this.access = access;
    }

    @Override
    public synchronized void open(ServiceSpec spec, Map<String, String> variables) {
        Map<String, Served> wanted = new HashMap<>();
        spec.functions().forEach(function -> wanted.put(FunctionId.of(spec.name(), function),
                new Served(function, spec.directory(), Map.copyOf(variables))));
        closeWhere(id -> spec.name().equals(open.get(id).service()) && !wanted.containsKey(id));
        wanted.forEach((id, served) -> {
            Open current = open.get(id);
            if (current == null || !Objects.equals(current.served(), served)) {
                replace(spec.name(), id, served, current);
            }
        });
    }

    @Override
    public synchronized void close(String service) {
        closeWhere(id -> service.equals(open.get(id).service()));
    }

    @Override
    public synchronized Optional<FunctionStats.Snapshot> stats(String id) {
        return Optional.ofNullable(open.get(id)).map(served -> served.socket().stats());
    }

    @Override
    public boolean serving() {
        return true;
    }

    private void replace(String service, String id, Served served, Open current) {
        Path socket = sockets.resolve(id + ".sock");
        Path fresh = sockets.resolve("." + id + ".sock.new");
        try {
            Files.createDirectories(sockets);
            FunctionSocket opened = FunctionSocket.open(id, served.function(), served.directory(), served.variables(),
                    fresh, access, runner);
            Files.move(fresh, socket, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            open.put(id, new Open(service, served, opened));
            if (current != null) {
                current.socket().close();
            }
        } catch (IOException e) {
            System.err.println("function " + id + ": cannot open its socket " + socket + ": " + e.getMessage());
        }
    }

    private void closeWhere(Predicate<String> which) {
        open.keySet().stream().filter(which).toList().forEach(id -> {
            open.remove(id).socket().close();
            try {
                Files.deleteIfExists(sockets.resolve(id + ".sock"));
            } catch (IOException e) {
                System.err.println("function " + id + ": cannot remove its socket: " + e.getMessage());
            }
        });
    }
}
