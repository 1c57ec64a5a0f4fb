package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one request. A function with {@code service_directives} runs each process
 * in a transient systemd scope carrying them ({@code MemoryMax=}, {@code CPUQuota=}, ...;
 * {@code User=} and {@code Group=} as the scope's user and group), accounted and limited like any
 * unit; systemd registers the scope before the program starts, which costs milliseconds per
 * request, so a function without directives is started directly.
 */
final class FunctionScope {

    static final String SLICE = "conductor-functions.slice";

    private FunctionScope() {}

    /**
     * The {@code systemd-run --scope} prefix for a long-running process carrying the function's
     * directives but {@code User=} and {@code Group=}, which the process applies itself; empty
     * without directives.
     */
    static List<String> scope(ServiceFunction function) {
        List<String> properties = function.serviceDirectives().stream()
                .filter(line -> !line.startsWith("User=") && !line.startsWith("Group=")).toList();
        if (properties.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of("systemd-run", "--scope", "--quiet", "--collect",
                "--slice=" + SLICE));
        properties.forEach(property -> command.add("--property=" + property));
        command.add("--");
        return command;
    }

    static List<String> command(ServiceFunction function) {
        if (function.serviceDirectives().isEmpty()) {
            return function.exec();
        }
        List<String> command = new ArrayList<>(List.of("systemd-run", "--scope", "--quiet", "--collect",
                "--slice=" + SLICE));
        for (String directive : function.serviceDirectives()) {
            if (directive.startsWith("User=")) {
                command.add("--uid=" + directive.substring("User=".length()));
            } else if (directive.startsWith("Group=")) {
                command.add("--gid=" + directive.substring("Group=".length()));
            } else {
                command.add("--property=" + directive);
            }
        }
        command.add("--");
        command.addAll(function.exec());
        return command;
    }
}
