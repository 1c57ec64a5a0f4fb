package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.util.Map;
import java.util.Optional;

/**
 * Where a service's functions are served. The resident agent installs its {@link FunctionManager}
 * at start; every unit action runs as a command line inside it, each with its own engine graph,
 * while the sockets must outlive them all: hence one host per process. Without the resident
 * agent nothing serves functions, and saying so is all this does.
 */
public interface FunctionHost {

    /** Serves the functions of {@code spec}, replacing what served them before. */
    void open(ServiceSpec spec, Map<String, String> variables);

    /** Stops serving the functions of {@code service}. */
    void close(String service);

    /** What the function {@code id} served so far; empty when it is not served here. */
    default Optional<FunctionStats.Snapshot> stats(String id) {
        return Optional.empty();
    }

    /** The function {@code id} as it is served now; empty when it is not served here. */
    default Optional<ServiceFunction> function(String id) {
        return Optional.empty();
    }

    /** Whether this process serves functions at all: only the resident agent does. */
    default boolean serving() {
        return false;
    }

    FunctionHost NONE = new FunctionHost() {
        @Override
        public void open(ServiceSpec spec, Map<String, String> variables) {
            if (serves(spec)) {
                System.err.println("function: the functions and actions of " + spec.name() + " are served by the resident agent"
                        + " (conductor-agent.service), which does not run this command");
            }
        }

        @Override
        public void close(String service) {
            // nothing was opened here
        }
    };

    /** Whether {@code spec} has anything for a host to serve: functions or remote actions. */
    static boolean serves(ServiceSpec spec) {
        return !spec.functions().isEmpty() || !ActionFunctions.of(spec).isEmpty();
    }

    /** The process's host: the resident agent's manager, or {@link #NONE}. */
    static FunctionHost current() {
        return Installed.host;
    }

    static void install(FunctionHost host) {
        Installed.host = host;
    }

    /** Holds the process's host; an interface has no mutable fields of its own. */
    final class Installed {
        private static volatile FunctionHost host = NONE;

        private Installed() {}
    }
}
