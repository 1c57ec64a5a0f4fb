package dev.conductor.console.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * The files an SSH client reads, after OpenSSH: the home directory, {@code ~/.ssh/known_hosts},
 * {@code ~/.ssh/config} and the default identity files. Injectable so that tests never touch
 * the real ones.
 */
public record SshPaths(Path home, Path knownHosts, Path config) {

    /** OpenSSH's default identities that this client can use, in OpenSSH's order. */
    private static final List<String> DEFAULT_IDENTITIES = List.of("id_rsa", "id_ecdsa", "id_ed25519");

    /** The current user's files, under {@code user.home}. */
    public static SshPaths standard() {
        return under(Path.of(System.getProperty("user.home")));
    }

    /** The standard layout below {@code home}. */
    public static SshPaths under(Path home) {
        Path ssh = home.resolve(".ssh");
        return new SshPaths(home, ssh.resolve("known_hosts"), ssh.resolve("config"));
    }

    /** {@code ~/.ssh/id_rsa}, {@code id_ecdsa}, {@code id_ed25519}; whether they exist or not. */
    public List<Path> defaultIdentities() {
        return DEFAULT_IDENTITIES.stream().map(home.resolve(".ssh")::resolve).toList();
    }
}
