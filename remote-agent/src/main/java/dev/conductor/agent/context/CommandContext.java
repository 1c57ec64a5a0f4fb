package dev.conductor.agent.context;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A command run in a service or deployment context: the same variables plus
 * {@code CONDUCTOR_COMMAND} and {@code CONDUCTOR_COMMAND_DIR}. The command runs in the
 * context's directory; the invocation directory is only passed on, so that a command can
 * resolve paths the user typed.
 *
 * @param base the service or deployment context
 * @param command the command's name
 * @param invocationDirectory the directory {@code conductor run} was invoked from
 */
public record CommandContext(ExecutionContext base, String command, Path invocationDirectory)
        implements ExecutionContext {

    public CommandContext {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(invocationDirectory, "invocationDirectory");
    }

    @Override
    public Map<String, String> environment() {
        return new Variables()
                .putAll(base.environment())
                .put("CONDUCTOR_COMMAND", command)
                .put("CONDUCTOR_COMMAND_DIR", invocationDirectory.toString())
                .toMap();
    }

    @Override
    public Path workingDirectory() {
        return base.workingDirectory();
    }

    @Override
    public String describe() {
        return "command '" + command + "' of " + base.describe();
    }
}
