package dev.conductor.agent.command;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command ready to run: its argument vector (never a shell string), directory and variables.
 *
 * @param name the command's name
 * @param context the context it runs in, for messages, e.g. {@code deployment 'web-r3'}
 * @param argv {@code exec} followed by the caller's arguments
 * @param directory the service or deployment directory
 * @param environment the context's variables with {@code CONDUCTOR_COMMAND} and {@code CONDUCTOR_COMMAND_DIR}
 */
public record CommandInvocation(String name, String context, List<String> argv, Path directory,
        Map<String, String> environment) {

    public CommandInvocation {
        argv = List.copyOf(argv);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }
}
