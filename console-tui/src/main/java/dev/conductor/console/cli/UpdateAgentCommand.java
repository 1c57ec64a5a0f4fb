package dev.conductor.console.cli;

import dev.conductor.console.bootstrap.AgentInstaller;
import dev.conductor.console.ssh.SshConnection;
import picocli.CommandLine.Command;

/** {@code update-agent}: update the agent on hosts that have one, to the given jar. */
@Command(name = "update-agent", mixinStandardHelpOptions = true,
        description = {"Update conductor-agent on each --host: uploads the jar over SFTP and runs",
                "'conductor-agent system update' there, which checks the jar, refuses during",
                "a deploy, restarts the resident agent and puts the previous jar back if the",
                "new one does not answer."})
final class UpdateAgentCommand extends AgentJarCommand {

    @Override
    void apply(AgentInstaller installer, SshConnection connection, String host) {
        installer.update(connection, new ProgressLines(out(), host, "agent updated"));
    }
}
