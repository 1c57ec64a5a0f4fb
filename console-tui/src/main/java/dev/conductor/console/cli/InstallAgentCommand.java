package dev.conductor.console.cli;

import dev.conductor.console.bootstrap.AgentInstaller;
import dev.conductor.console.bootstrap.InstallListener;
import dev.conductor.console.bootstrap.JavaVersion;
import dev.conductor.console.ssh.SshConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code install-agent}: bootstrap the agent on hosts that lack it or run an older one. */
@Command(name = "install-agent", mixinStandardHelpOptions = true,
        description = {"Install conductor-agent on each --host: checks Java 17+, uploads the jar over SFTP,",
                "runs 'system install', and reports progress."})
final class InstallAgentCommand extends RemoteCommand implements Runnable {

    @Option(names = "--jar", required = true, paramLabel = "FILE", description = "The conductor-agent.jar to install.")
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
                    installer.install(connection, listener(host));
                }
            }
        }
    }

    private InstallListener listener(String host) {
        return new InstallListener() {
            @Override
            public void javaChecked(JavaVersion java) {
                say(host + ": java " + java.text());
            }

            @Override
            public void uploaded(long sent, long total) {
                if (sent == total) {
                    say(host + ": uploaded " + total + " bytes");
                }
            }

            @Override
            public void installing(String line) {
                say(host + ": " + line);
            }

            @Override
            public void done() {
                say(host + ": agent installed");
            }
        };
    }

    private void say(String line) {
        out().println(line);
        out().flush();
    }
}
