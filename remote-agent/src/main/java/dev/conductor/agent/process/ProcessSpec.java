package dev.conductor.agent.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: an argument vector (never a shell string), its working directory, the
 * variables it gets on top of a minimal base environment, a timeout and optional stdin.
 */
public record ProcessSpec(
        List<String> command,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        byte[] stdin) {

    /** Default bound for a process that declares none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public ProcessSpec {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        environment = Map.copyOf(new LinkedHashMap<>(environment));
        Objects.requireNonNull(timeout, "timeout");
        stdin = stdin == null ? new byte[0] : stdin.clone();
    }

    /** A command with no extra variables, run in the current directory with the default timeout. */
    public static ProcessSpec of(String... command) {
        return new ProcessSpec(List.of(command), null, Map.of(), DEFAULT_TIMEOUT, null);
    }

    public ProcessSpec in(Path directory) {
        return new ProcessSpec(command, directory, environment, timeout, stdin);
    }

    public ProcessSpec withEnvironment(Map<String, String> variables) {
        return new ProcessSpec(command, workingDirectory, variables, timeout, stdin);
    }

    public ProcessSpec withTimeout(Duration limit) {
        return new ProcessSpec(command, workingDirectory, environment, limit, stdin);
    }

    public ProcessSpec withStdin(byte[] input) {
        return new ProcessSpec(command, workingDirectory, environment, timeout, input);
    }

    /** The command as one readable line, for messages only: it is never given to a shell. */
    public String display() {
        return String.join(" ", command);
    }
}
