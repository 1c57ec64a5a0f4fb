package dev.conductor.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** apt-get in a sandbox host, non-interactive: how package tests install, remove and purge. */
public final class Apt {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private Apt() {}

    /**
     * Runs {@code apt-get -y ARGS...} in {@code host}.
     *
     * @throws AssertionError naming the command, with its output, unless it exits 0
     */
    public static ExecResult getOk(SandboxHost host, String... args) {
        List<String> command = new ArrayList<>(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-y"));
        command.addAll(List.of(args));
        ExecResult result = host.exec(TIMEOUT, command.toArray(String[]::new));
        if (!result.succeeded()) {
            throw new AssertionError(String.join(" ", command) + " in " + host.name() + " exited " + result.exitCode()
                    + "\nstdout: " + result.stdout() + "\nstderr: " + result.stderr());
        }
        return result;
    }
}
