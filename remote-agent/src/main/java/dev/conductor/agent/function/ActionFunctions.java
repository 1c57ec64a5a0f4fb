package dev.conductor.agent.function;

import dev.conductor.spec.Command;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's remote commands as functions of format {@code action}: each gets a socket, a
 * route at {@code /action/SERVICE/NAME} behind its policies, limits and a journal identifier,
 * as a function does. Its id is {@code SERVICE~NAME}, which no function id can be ({@code ~} is
 * in no service or function name).
 */
public final class ActionFunctions {

    /** The largest request body: a JSON array of at most {@link ActionArguments#MAX_ARGS} arguments. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private ActionFunctions() {}

    /** The remote commands of {@code spec} as functions, by id, in declaration order. */
    public static Map<String, ServiceFunction> of(ServiceSpec spec) {
        Map<String, ServiceFunction> actions = new LinkedHashMap<>();
        spec.commands().forEach((name, command) -> {
            if (command.remote() != null) {
                actions.put(id(spec.name(), name), function(spec.name(), name, command));
            }
        });
        return actions;
    }

    public static String id(String service, String command) {
        return service + "~" + command;
    }

    public static String route(String service, String command) {
        return "/action/" + service + "/" + command;
    }

    /**
     * What an action's command sees besides the request's identity: the service's variables and
     * {@code CONDUCTOR_COMMAND} and {@code CONDUCTOR_COMMAND_DIR} (the service directory), as
     * {@code run -s} gives them.
     */
    static Map<String, String> variables(Map<String, String> service, ServiceFunction action, Path directory) {
        Map<String, String> variables = new LinkedHashMap<>(service);
        variables.put("CONDUCTOR_COMMAND", action.name());
        variables.put("CONDUCTOR_COMMAND_DIR", directory.toString());
        return Map.copyOf(variables);
    }

    private static ServiceFunction function(String service, String name, Command command) {
        return new ServiceFunction(name, FunctionFormat.ACTION, FunctionMode.SINGLE, command.exec(), true, List.of(),
                true, 0, route(service, name), List.of(), command.remote().policies(), 0,
                command.remote().maxConcurrency(), 1, ServiceFunction.DEFAULT_IDLE_TIMEOUT_SEC,
                command.remote().timeoutSec(), MAX_BODY_BYTES);
    }
}
