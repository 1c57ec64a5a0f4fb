package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.sandbox.ProcessRunner;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSH transport against real OpenSSH in a sandbox host: keys, known_hosts, config. */
@SandboxTest
class SshTransportIT {

    @TempDir
    Path dir;

    private static String hostFingerprint(SandboxHost host) {
        return host.execOk("ssh-keygen", "-lf", "/etc/ssh/ssh_host_ed25519_key.pub").stdout().split(" ")[1];
    }

    @Test
    void anUnknownHostKeyGoesToTheCallbackOnceAndIsRecordedAsOpenSshWould(SandboxHost host) throws IOException {
        SshTestHome home = SshTestHome.create(dir);
        home.authorize("id_ed25519", host);
        List<String> asked = new CopyOnWriteArrayList<>();
        HostKeyTrust trust = (name, port, key) -> {
            asked.add(name + ":" + port + " " + key);
            return HostKeyTrust.Decision.ACCEPT;
        };

        try (SshTransport transport = new SshTransport(home.options(trust));
             SshConnection connection = transport.connect("root@" + host.ip())) {
            assertThat(connection.run("hostname", Duration.ofSeconds(10)).stdout().strip()).isEqualTo(host.name());
            assertThat(connection.describe()).isEqualTo("root@" + host.ip() + ":22");
        }
        assertThat(asked).containsExactly(host.ip() + ":22 ED25519 key fingerprint is " + hostFingerprint(host));
        assertThat(Files.readString(home.paths().knownHosts())).startsWith(host.ip() + " ssh-ed25519 AAAA");

        try (SshTransport again = new SshTransport(home.options((name, port, key) -> {
            throw new AssertionError("asked again about a known key");
        })); SshConnection connection = again.connect("root@" + host.ip())) {
            assertThat(connection.isOpen()).isTrue();
        }
        // OpenSSH itself accepts the line we wrote
        ProcessRunner.runOk(List.of("ssh", "-F", "/dev/null", "-i", home.ssh().resolve("id_ed25519").toString(),
                "-o", "UserKnownHostsFile=" + home.paths().knownHosts(), "-o", "StrictHostKeyChecking=yes",
                "-o", "BatchMode=yes", "root@" + host.ip(), "true"), Duration.ofSeconds(30));
    }

    @Test
    void aRejectedUnknownKeyIsRefusedAndNotRecorded(SandboxHost host) {
        SshTestHome home = SshTestHome.create(dir);
        home.authorize("id_ed25519", host);

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.REJECT))) {
            assertThatThrownBy(() -> transport.connect("root@" + host.ip()))
                    .isInstanceOfSatisfying(HostKeyException.class,
                            e -> assertThat(e.reason()).isEqualTo(HostKeyException.Reason.UNKNOWN_REJECTED))
                    .hasMessage("the host key of " + host.ip() + " is not in known_hosts and was not accepted"
                            + " (ED25519 key fingerprint is " + hostFingerprint(host) + ")");
        }
        assertThat(home.paths().knownHosts()).doesNotExist();
    }

    @Test
    void anAliasTakesHostNameUserAndIdentityFileFromSshConfig(SandboxHost host) {
        SshTestHome home = SshTestHome.create(dir);
        home.keygen("sandbox_key", "ed25519", "");
        home.authorize("sandbox_key", host); // id_ed25519 is not authorized: only IdentityFile can log in
        home.writeConfig("""
                Host sandbox
                    HostName %s
                    User root
                    IdentityFile ~/.ssh/sandbox_key
                    IdentitiesOnly yes
                """.formatted(host.ip()));

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW));
             SshConnection connection = transport.connect("sandbox")) {
            assertThat(connection.describe()).isEqualTo("root@" + host.ip() + ":22");
            assertThat(connection.destination()).isEqualTo(new Destination(null, "sandbox", 0));
            assertThat(connection.run("id -un", Duration.ofSeconds(10)).stdout().strip()).isEqualTo("root");
        }
    }

    @Test
    void rsaAndEcdsaKeysLogInToo(SandboxHost host) {
        for (String type : List.of("rsa", "ecdsa")) {
            SshTestHome home = SshTestHome.create(dir.resolve(type));
            home.keygen("id_" + type, type, "");
            home.authorize("id_" + type, host);
            try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW));
                 SshConnection connection = transport.connect("root@" + host.ip())) {
                assertThat(connection.isOpen()).as(type).isTrue();
            }
        }
    }

    @Test
    void anEncryptedKeyIsUnlockedThroughThePromptWhichIsAskedAgainAfterAWrongPassphrase(SandboxHost host) {
        SshTestHome home = SshTestHome.create(dir);
        Path key = home.keygen("id_ecdsa", "ecdsa", "s3cret phrase");
        home.authorize("id_ecdsa", host);
        List<String> prompts = new CopyOnWriteArrayList<>();
        PassphrasePrompt prompt = (file, attempt) -> {
            prompts.add(file.getFileName() + "#" + attempt);
            return attempt == 0 ? "wrong" : "s3cret phrase";
        };

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW).withPassphrases(prompt));
             SshConnection connection = transport.connect("root@" + host.ip())) {
            assertThat(connection.isOpen()).isTrue();
        }
        // asked twice for the encrypted key only; the unencrypted id_ed25519 needs no prompt
        assertThat(prompts).containsExactly("id_ecdsa#0", "id_ecdsa#1");

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW))) {
            assertThatThrownBy(() -> transport.connect("root@" + host.ip()))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("root@" + host.ip() + ":22 accepted none of the keys offered")
                    .hasMessageContaining("skipped " + key + ": encrypted, and no passphrase was given")
                    .hasMessageContaining("skipped " + key);
        }
    }

    @Test
    void aKeyFromTheSshAgentLogsIn(SandboxHost host) throws IOException {
        SshTestHome home = SshTestHome.create(dir.resolve("keys"));
        home.authorize("id_ed25519", host);
        Path socket = dir.resolve("agent.sock");
        String started = ProcessRunner.runOk(List.of("ssh-agent", "-a", socket.toString()), Duration.ofSeconds(10)).stdout();
        String pid = started.replaceAll("(?s).*SSH_AGENT_PID=(\\d+);.*", "$1");
        try {
            ProcessRunner.runOk(List.of("sh", "-c", "SSH_AUTH_SOCK=\"$1\" ssh-add -q \"$2\"", "sh", socket.toString(),
                    home.ssh().resolve("id_ed25519").toString()), Duration.ofSeconds(10));
            SshTestHome emptyHome = SshTestHome.empty(dir.resolve("empty"));
            try (SshTransport transport = new SshTransport(emptyHome.options(HostKeyTrust.ACCEPT_NEW)
                    .withAgentSocket(socket.toString()));
                 SshConnection connection = transport.connect("root@" + host.ip())) {
                assertThat(connection.isOpen()).isTrue();
            }
        } finally {
            ProcessRunner.run(List.of("kill", pid), new byte[0], Duration.ofSeconds(10), null);
        }
    }

    @Test
    void aKeyTheHostDoesNotKnowIsRefusedNamingTheKeyFiles(SandboxHost host) {
        SshTestHome home = SshTestHome.create(dir);

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW))) {
            assertThatThrownBy(() -> transport.connect("root@" + host.ip()))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessage("root@" + host.ip() + ":22 accepted none of the keys offered (key files ["
                            + home.ssh().resolve("id_ed25519") + "])");
        }
    }

    @Test
    void runCollectsOutputAndExitCodeAndUploadIsExactButNeverOverwrites(SandboxHost host) throws IOException {
        SshTestHome home = SshTestHome.create(dir);
        home.authorize("id_ed25519", host);
        Path file = dir.resolve("payload.bin");
        byte[] payload = new byte[300_000];
        new java.util.Random(7).nextBytes(payload);
        Files.write(file, payload);
        List<Long> progress = new CopyOnWriteArrayList<>();

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW));
             SshConnection connection = transport.connect("root@" + host.ip())) {
            CommandResult result = connection.run("echo out; echo err >&2; exit 3", Duration.ofSeconds(10));
            assertThat(result).isEqualTo(new CommandResult(3, "out\n", "err\n"));

            String dirOnHost = connection.run("mktemp -d", Duration.ofSeconds(10)).stdout().strip();
            connection.upload(file, dirOnHost + "/payload.bin", progress::add);
            assertThat(progress).last().isEqualTo(300_000L);
            assertThat(connection.run("sha256sum " + dirOnHost + "/payload.bin", Duration.ofSeconds(10)).stdout())
                    .startsWith(ProcessRunner.runOk(List.of("sha256sum", file.toString()), Duration.ofSeconds(10))
                            .stdout().split(" ")[0]);
            assertThatThrownBy(() -> connection.upload(file, dirOnHost + "/payload.bin", sent -> { }))
                    .isInstanceOf(SshTransportException.class)
                    .hasMessageStartingWith("cannot upload " + file + " to " + dirOnHost + "/payload.bin on root@");
        }
    }

    @Test
    void anUnreachablePortFailsNamingTheDestination(SandboxHost host) {
        SshTestHome home = SshTestHome.create(dir);

        try (SshTransport transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW))) {
            assertThatThrownBy(() -> transport.connect("root@" + host.ip() + ":2"))
                    .isExactlyInstanceOf(SshTransportException.class)
                    .hasMessageStartingWith("cannot connect to root@" + host.ip() + ":2: ")
                    .hasMessageContaining("Connection refused");
        }
    }
}
