package dev.conductor.agent.cli;

import dev.conductor.agent.install.InstallEnvironment;
import dev.conductor.agent.install.SystemUpdater;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code conductor-agent system update --jar FILE}: swaps the installed jar and restarts the resident agent. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Replace the installed agent jar by FILE and restart the resident agent;",
                "what runs keeps running. Checks FILE first (its --version, and its SHA-256",
                "with --sha256), refuses while a deploy is under way, keeps the replaced jar",
                "as conductor-agent.jar.previous, and puts it back when the new agent does",
                "not answer on its socket within --timeout seconds.",
                "Exit code 1 when refused or rolled back; what was done up to then is listed."})
final class SystemUpdateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jar", required = true, paramLabel = "FILE", description = "The new conductor-agent.jar.")
    private Path jar;

    @Option(names = "--sha256", paramLabel = "HEX", description = "Refuse FILE unless its SHA-256 is this.")
    private String sha256;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long the new agent has to answer before the previous jar is put back (default: ${DEFAULT-VALUE}).")
    private long timeout;

    @Option(names = "--json", description = "Print what was done as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        if (timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not " + timeout);
        }
        return SystemCommand.execute(spec, json, "update", report -> new SystemUpdater(InstallEnvironment.standard())
                .update(jar.toAbsolutePath(), Optional.ofNullable(sha256), Duration.ofSeconds(timeout), report));
    }
}
