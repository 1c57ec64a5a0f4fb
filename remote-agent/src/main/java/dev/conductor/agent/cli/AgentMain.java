package dev.conductor.agent.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code conductor-agent}: the engine that runs on each server. */
@Command(
        name = "conductor-agent",
        mixinStandardHelpOptions = true,
        versionProvider = AgentVersion.class,
        description = "Runs Conductor services on this host: service files, systemd units, Podman pods and Caddy routes.",
        subcommands = {CommandLine.HelpCommand.class, ReloadCommand.class, ServiceCommand.class,
                DeploymentCommand.class, RunCommand.class, SystemCommand.class, CheckCommand.class,
                ServeCommand.class,
                InternalCommand.class})
public final class AgentMain implements Runnable {

    /** Hibernate Validator announces its version on first use; stdout and stderr belong to the CLI. */
    private static final Logger QUIET_LOGGER = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        QUIET_LOGGER.setLevel(Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new AgentMain()).setExecutionExceptionHandler(new ErrorHandler());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
