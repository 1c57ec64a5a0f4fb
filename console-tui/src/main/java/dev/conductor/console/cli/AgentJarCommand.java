package dev.conductor.console.cli;

import dev.conductor.console.bootstrap.AgentInstaller;
import dev.conductor.console.ssh.SshConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What install-agent and update-agent share: a local agent jar, taken to each --host in turn. */
abstract class AgentJarCommand extends RemoteCommand implements Runnable {

    @Option(names = "--jar", required = true, paramLabel = "FILE", description = "The conductor-agent.jar to take there.")
    Path jar;

    @Override
    public void run() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no agent jar at '" + jar + "'");
        }
        AgentInstaller installer = new AgentInstaller(jar, Duration.ofMinutes(5));
        try (Consoles consoles = consoles()) {
            for (String host : consoles.hosts()) {
                try (SshConnection connection = consoles.transport().connect(host)) {
                    apply(installer, connection, host);
                }
            }
        }
    }

    /** Installs or updates the agent on one host, printing its progress. */
    abstract void apply(AgentInstaller installer, SshConnection connection, String host);
}
