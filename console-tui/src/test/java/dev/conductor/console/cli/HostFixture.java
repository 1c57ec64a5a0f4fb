package dev.conductor.console.cli;

import dev.conductor.sandbox.SandboxHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Prepares a sandbox host for console tests: an SSH key of the test's own, the agent, the sample service. */
final class HostFixture {

    static final Path AGENT_JAR = Path.of(System.getProperty("conductor.agent.jar"));
    private static final Path SAMPLE = Path.of("..", "installers", "samples", "hello");

    private HostFixture() {}

    /** Creates an ed25519 key under {@code home}/.ssh and authorizes it for root on the host. */
    static void authorizeKey(SandboxHost host, Path home) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve(".ssh"));
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                home.resolve(".ssh/id_ed25519").toString()).inheritIO().start();
        keygen.waitFor(30, TimeUnit.SECONDS);
        host.execOk("mkdir", "-p", "/root/.ssh");
        host.writeFile("/root/.ssh/authorized_keys", Files.readString(home.resolve(".ssh/id_ed25519.pub")));
    }

    /** Installs the packaged agent and starts the sample service {@code hello}. */
    static void installAgentWithSample(SandboxHost host) throws IOException {
        host.copyIn(AGENT_JAR, "/tmp/conductor-agent.jar");
        host.execOk("java", "-jar", "/tmp/conductor-agent.jar", "system", "install");
        try (var files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                host.copyIn(file, "/etc/conductor/services/hello/" + file.getFileName());
            }
        }
        host.execOk("sh", "-c", "chmod +x /etc/conductor/services/hello/*.template /etc/conductor/services/hello/*.cmd");
        host.execOk("conductor-agent", "reload");
    }
}
