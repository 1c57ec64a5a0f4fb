package dev.conductor.agent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.install.InstallEnvironment;
import dev.conductor.agent.install.InstallException;
import dev.conductor.agent.install.InstallReport;
import dev.conductor.agent.install.SystemInstaller;
import dev.conductor.agent.install.SystemUninstaller;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conductor-agent system install|uninstall|update}: puts the agent on this host, takes it off, or updates it. */
@Command(name = "system", mixinStandardHelpOptions = true,
        description = "Install, uninstall or update conductor-agent on this host (as root).",
        subcommands = {SystemCommand.Install.class, SystemCommand.Uninstall.class, SystemUpdateCommand.class})
public final class SystemCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Copies the running jar into place, writes the launcher and units, and sets up Caddy. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install this jar as /usr/local/bin/conductor-agent with its systemd units, and make",
                    "sure Caddy serves Conductor's HTTP server on :80. Running it again changes nothing.",
                    "Exit code 1 when a step fails; what was done up to then is listed."})
    static final class Install implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print what was done as JSON.")
        private boolean json;

        @Override
        public Integer call() {
            return execute(spec, json, "install",
                    report -> new SystemInstaller(InstallEnvironment.standard()).install(runningJar(), report));
        }
    }

    /** Stops and removes everything install added; keeps operator data unless purging. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = {"Stop all conductor units and remove the units, drop-ins, launcher, jar and Caddy's",
                    "conductor-server; restore the Caddyfile that install replaced. Keeps /etc/conductor and",
                    "/var/lib/conductor unless --purge. Running it again changes nothing."})
    static final class Uninstall implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print what was done as JSON.")
        private boolean json;

        @Option(names = "--purge", description = "Also remove /etc/conductor, /var/lib/conductor and /run/conductor.")
        private boolean purge;

        @Override
        public Integer call() {
            return execute(spec, json, "uninstall",
                    report -> new SystemUninstaller(InstallEnvironment.standard()).uninstall(purge, report));
        }
    }

    static int execute(CommandSpec spec, boolean json, String action, Consumer<InstallReport> work) {
        InstallReport report = new InstallReport(action);
        String error = null;
        try {
            work.accept(report);
        } catch (ConductorException e) {
            error = e.getMessage();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(report, error));
        } else {
            report.printText(out, error);
        }
        out.flush();
        if (error != null) {
            spec.commandLine().getErr().println("conductor-agent system " + action + ": " + error);
            spec.commandLine().getErr().flush();
        }
        return error == null ? 0 : 1;
    }

    /** The jar this class was loaded from: what install copies. */
    static Path runningJar() {
        try {
            Path location = Path.of(SystemCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new InstallException("system install copies the agent jar it runs from, but this runs from '"
                        + location + "'; run it as: java -jar conductor-agent.jar system install");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new InstallException("cannot locate the running agent jar: " + e.getMessage(), e);
        }
    }

    private static String toJson(InstallReport report, String error) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.toJson(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
