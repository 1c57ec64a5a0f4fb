package dev.conductor.console.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.console.ssh.SshTestHome;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bootstrap over real SSH and SFTP with a stand-in agent jar (the real one is built after this
 * module): Java check, upload with progress and checksum, {@code system install}, clean-up.
 */
@SandboxTest
class AgentInstallerIT {

    private static final Duration INSTALL = Duration.ofSeconds(60);
    private static SandboxHost host;
    private static SshTransport transport;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp(@TempDir Path home) {
        SshTestHome ssh = SshTestHome.create(home);
        ssh.authorize("id_ed25519", host);
        transport = new SshTransport(ssh.options(HostKeyTrust.ACCEPT_NEW));
    }

    @AfterAll
    static void tearDown() {
        transport.close();
    }

    @Test
    void uploadsTheJarAndRunsSystemInstallReportingEachStep() throws IOException {
        Path jar = TestJars.withMain(dir, """
                String self = Main.class.getProtectionDomain().getCodeSource().getLocation().getPath();
                System.out.println("jar " + self);
                System.out.println("args " + String.join(" ", args));
                System.out.println("units: conductor-service@.service written");
                java.nio.file.Files.writeString(java.nio.file.Path.of("/root/fake-install.ran"), self);
                """);
        Recorder progress = new Recorder();

        try (SshConnection connection = transport.connect("root@" + host.ip())) {
            new AgentInstaller(jar, INSTALL).install(connection, progress);
        }

        String installedFrom = host.readFile("/root/fake-install.ran");
        assertThat(installedFrom).matches("/tmp/conductor-agent\\.\\w{6}/conductor-agent\\.jar");
        assertThat(progress.events).first().asString().matches("java 17(\\.\\d+)*");
        assertThat(progress.events).contains("uploaded " + Files.size(jar) + " of " + Files.size(jar),
                "installing jar " + installedFrom, "installing args system install",
                "installing units: conductor-service@.service written");
        assertThat(progress.events).last().isEqualTo("done");
        assertThat(progress.events.stream().filter(e -> e.startsWith("uploaded")).count()).isGreaterThan(1);
        assertThat(host.exec("sh", "-c", "ls -d /tmp/conductor-agent.*").exitCode())
                .as("the upload is removed afterwards").isNotZero();
    }

    @Test
    void aFailingInstallSaysWhatItPrintedOnStderr() {
        Path jar = TestJars.withMain(dir, """
                System.out.println("caddy: checking");
                System.err.println("conductor-agent system install: :80 is taken by another server");
                System.exit(1);
                """);
        Recorder progress = new Recorder();

        try (SshConnection connection = transport.connect("root@" + host.ip())) {
            assertThatThrownBy(() -> new AgentInstaller(jar, INSTALL).install(connection, progress))
                    .isInstanceOf(AgentInstallException.class)
                    .hasMessageMatching("'java -jar /tmp/conductor-agent\\.\\w{6}/conductor-agent\\.jar system install'"
                            + " on root@[\\d.]+:22 exited with 1: conductor-agent system install: :80 is taken by"
                            + " another server");
        }
        assertThat(progress.events).contains("installing caddy: checking").doesNotContain("done");
    }

    @Test
    void anOldJavaIsRefusedNamingItsVersion() {
        host.writeFile("/usr/local/bin/java", "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        host.execOk("chmod", "+x", "/usr/local/bin/java");
        try (SshConnection connection = transport.connect("root@" + host.ip())) {
            assertThatThrownBy(() -> new AgentInstaller(dir, INSTALL).checkJava(connection))
                    .isInstanceOf(AgentInstallException.class)
                    .hasMessage("the agent needs Java 17 or newer, but root@" + host.ip() + ":22 has Java 11.0.22"
                            + " on its PATH");
        } finally {
            host.execOk("rm", "/usr/local/bin/java");
        }
    }

    @Test
    void noJavaAtAllIsRefusedWithTheShellsWords() {
        host.execOk("mv", "/usr/bin/java", "/usr/bin/java.hidden");
        try (SshConnection connection = transport.connect("root@" + host.ip())) {
            assertThatThrownBy(() -> new AgentInstaller(dir, INSTALL).install(connection, InstallListener.NONE))
                    .isInstanceOf(AgentInstallException.class)
                    .hasMessage("the agent needs Java 17 or newer, but 'java -version' failed on root@" + host.ip()
                            + ":22 (exit status 127): bash: line 1: java: command not found. Install it there first,"
                            + " e.g. apt-get install openjdk-17-jre-headless");
        } finally {
            host.execOk("mv", "/usr/bin/java.hidden", "/usr/bin/java");
        }
    }

    /** Progress as text, in order. */
    private static final class Recorder implements InstallListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void javaChecked(JavaVersion java) {
            events.add("java " + java.text());
        }

        @Override
        public void uploaded(long sent, long total) {
            events.add("uploaded " + sent + " of " + total);
        }

        @Override
        public void installing(String line) {
            events.add("installing " + line);
        }

        @Override
        public void done() {
            events.add("done");
        }
    }
}
