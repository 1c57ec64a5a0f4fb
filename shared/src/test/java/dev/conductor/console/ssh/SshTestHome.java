package dev.conductor.console.ssh;

import dev.conductor.sandbox.ProcessRunner;
import dev.conductor.sandbox.SandboxHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A throwaway HOME for SSH tests: its own ~/.ssh with keys made by ssh-keygen, known_hosts and
 * config, so that tests never read or change the real ones. Shared by the console ITs.
 */
public final class SshTestHome {

    private final Path home;

    private SshTestHome(Path home) {
        this.home = home;
    }

    /** A home under {@code dir} with an unencrypted ed25519 key in ~/.ssh/id_ed25519. */
    public static SshTestHome create(Path dir) {
        SshTestHome created = new SshTestHome(dir);
        created.keygen("id_ed25519", "ed25519", "");
        return created;
    }

    /** A home under {@code dir} with no keys at all. */
    public static SshTestHome empty(Path dir) {
        return new SshTestHome(dir);
    }

    /** Makes ~/.ssh/{@code name} (and .pub) of {@code type}, encrypted if {@code passphrase} is not empty. */
    public Path keygen(String name, String type, String passphrase) {
        Path key = ssh().resolve(name);
        try {
            Files.createDirectories(ssh());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessRunner.runOk(List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "console-it", "-f",
                key.toString()), Duration.ofSeconds(30));
        return key;
    }

    /** Lets ~/.ssh/{@code name}.pub log in as root on {@code host}. */
    public void authorize(String name, SandboxHost host) {
        try {
            host.execOkWithInput(Files.readAllBytes(ssh().resolve(name + ".pub")),
                    "sh", "-c", "cat >> /root/.ssh/authorized_keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeConfig(String config) {
        try {
            Files.writeString(ssh().resolve("config"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path home() {
        return home;
    }

    public Path ssh() {
        return home.resolve(".ssh");
    }

    public SshPaths paths() {
        return SshPaths.under(home);
    }

    /** Options over this home, trusting as told, with no ssh-agent. */
    public SshOptions options(HostKeyTrust trust) {
        return SshOptions.defaults().withPaths(paths()).withTrust(trust).withAgentSocket(null)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }
}
