package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.nio.file.Path;

/** A function's id on the host, {@code SERVICE} or {@code SERVICE-NAME}, and where its socket lives. */
public final class FunctionId {

    /** Caddy dials the functions here: the directory and sockets belong to root and Caddy's group. */
    public static final Path SOCKETS = Path.of("/run/conductor/functions");

    private FunctionId() {}

    public static String of(String service, ServiceFunction function) {
        return function.name().isEmpty() ? service : service + "-" + function.name();
    }

    public static Path socket(String id) {
        return SOCKETS.resolve(id + ".sock");
    }
}
