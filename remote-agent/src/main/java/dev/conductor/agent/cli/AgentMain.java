package dev.conductor.agent.cli;

import dev.conductor.agent.mask.MaskedLines;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point of {@code conductor-agent}: the engine that runs on each server. */
@Command(
        name = "conductor-agent",
        mixinStandardHelpOptions = true,
        versionProvider = AgentVersion.class,
        description = {"Runs Conductor services on this host: service files, systemd units, Podman pods and Caddy routes.",
                "Commands run in the resident agent (conductor-agent.service) when it runs, else in this process."},
        subcommands = {CommandLine.HelpCommand.class, ReloadCommand.class, ServiceCommand.class, SecretCommand.class,
                DeploymentCommand.class, RunCommand.class, SystemCommand.class, CheckCommand.class,
                ServeCommand.class, DaemonCommand.class, FunctionCommand.class, ActionCommand.class, PolicyCommand.class,
                ClusterCommand.class, PeerCommand.class, FleetCommand.class, InternalCommand.class})
public final class AgentMain implements Runnable {

    /** Hibernate Validator announces its version on first use; stdout and stderr belong to the CLI. */
    private static final Logger QUIET_LOGGER = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--local", description = "Run the engine in this process, even when the resident agent runs.")
    private boolean local;

    public static void main(String[] args) {
        QUIET_LOGGER.setLevel(Level.WARNING);
        // standard error is the journal of the resident agent and of units: no secret goes there
        System.setErr(MaskedLines.printStream(new FileOutputStream(FileDescriptor.err)));
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new AgentMain()).setExecutionExceptionHandler(new ErrorHandler());
    }

    /** A command line that writes to {@code out} and {@code err}: how the resident agent runs the CLI's commands. */
    static CommandLine inProcess(PrintWriter out, PrintWriter err) {
        QUIET_LOGGER.setLevel(Level.WARNING);
        return commandLine().setOut(out).setErr(err);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
