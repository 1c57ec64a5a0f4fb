package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The transient systemd scope a function's processes run in when it has {@code service_directives}
 * ({@code MemoryMax=}, {@code CPUQuota=}, ...), accounted and limited like any unit. Registering a
 * scope costs milliseconds, so a function without directives gets none.
 */
final class FunctionScope {

    static final String SLICE = "conductor-functions.slice";
    private static final String USER = "User=";
    private static final String GROUP = "Group=";

    private FunctionScope() {}

    /**
     * The prefix for the long-running fork server: the directives but {@code User=} and
     * {@code Group=}, which the server applies itself once its socket is bound; empty without
     * directives.
     */
    static List<String> scope(ServiceFunction function) {
        return prefix(function, false);
    }

    /** One request's command line, its own scope with {@code User=}/{@code Group=} as its user and group. */
    static List<String> command(ServiceFunction function) {
        List<String> command = new ArrayList<>(prefix(function, true));
        command.addAll(function.exec());
        return command;
    }

    /** The last {@code User=} of the directives, or "". */
    static String user(ServiceFunction function) {
        return value(function, USER);
    }

    /** The last {@code Group=} of the directives, or "". */
    static String group(ServiceFunction function) {
        return value(function, GROUP);
    }

    private static List<String> prefix(ServiceFunction function, boolean identity) {
        List<String> options = new ArrayList<>();
        for (String directive : function.serviceDirectives()) {
            if (directive.startsWith(USER)) {
                options.addAll(identity ? List.of("--uid=" + directive.substring(USER.length())) : List.of());
            } else if (directive.startsWith(GROUP)) {
                options.addAll(identity ? List.of("--gid=" + directive.substring(GROUP.length())) : List.of());
            } else {
                options.add("--property=" + directive);
            }
        }
        if (options.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of("systemd-run", "--scope", "--quiet", "--collect",
                "--slice=" + SLICE));
        command.addAll(options);
        command.add("--");
        return command;
    }

    private static String value(ServiceFunction function, String prefix) {
        return function.serviceDirectives().stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length())).reduce((first, last) -> last).orElse("");
    }
}
