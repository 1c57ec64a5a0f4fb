package dev.conductor.console.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conductor-console}: the consoles' connection layer without a UI, for scripts and tests.
 * Every command connects to the {@code --host}s over SSH and talks to their agents.
 */
@Command(name = "conductor-console", mixinStandardHelpOptions = true, versionProvider = ConsoleVersion.class,
        description = "Reach Conductor agents over SSH: list, deploy, roll back, run commands, follow logs and events.",
        subcommands = {CommandLine.HelpCommand.class, HostsCommand.class, ServicesCommand.class,
                DeploymentsCommand.class, FunctionsCommand.class, DeployCommand.class, RollbackCommand.class, RunRemoteCommand.class,
                LogsCommand.class, WatchCommand.class, InstallAgentCommand.class, UpdateAgentCommand.class, BenchCommand.class})
public final class ConsoleMain {

    @Option(names = {"-H", "--host"}, paramLabel = "DEST", scope = CommandLine.ScopeType.INHERIT,
            description = "An ssh destination (user@host[:port]) or ~/.ssh/config alias; repeatable.")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "Print results as JSON.")
    boolean json;

    @Option(names = "--trust-new-host-keys", scope = CommandLine.ScopeType.INHERIT,
            description = {"Trust and record host keys not in known_hosts yet (trust on first use).",
                    "Without it, unknown keys are asked about on a terminal and refused otherwise.",
                    "Changed keys are always refused."})
    boolean trustNewHostKeys;

    @Option(names = "--known-hosts", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "known_hosts file to use instead of ~/.ssh/known_hosts.")
    Path knownHosts;

    @Option(names = "--agent-command", paramLabel = "CMD", scope = CommandLine.ScopeType.INHERIT, hidden = true,
            description = "Command that starts the agent's protocol server on the host.")
    String agentCommand;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ConsoleMain()).setExecutionExceptionHandler((e, cli, parsed) -> {
            cli.getErr().println("error: " + e.getMessage());
            return e instanceof RemoteFailure failure ? failure.exitCode() : 1;
        });
    }

    /** The connection settings these options describe. */
    Consoles consoles(CommandLine cli) {
        return new Consoles(this, cli.getErr());
    }
}
