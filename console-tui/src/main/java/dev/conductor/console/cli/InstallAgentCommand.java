package dev.conductor.console.cli;

import dev.conductor.console.bootstrap.AgentInstaller;
import dev.conductor.console.ssh.SshConnection;
import picocli.CommandLine.Command;

/** {@code install-agent}: bootstrap the agent on hosts that lack it or run an older one. */
@Command(name = "install-agent", mixinStandardHelpOptions = true,
        description = {"Install conductor-agent on each --host: checks Java 17+, uploads the jar over SFTP,",
                "runs 'system install', and reports progress."})
final class InstallAgentCommand extends AgentJarCommand {

    @Override
    void apply(AgentInstaller installer, SshConnection connection, String host) {
        installer.install(connection, new ProgressLines(out(), host, "agent installed"));
    }
}
