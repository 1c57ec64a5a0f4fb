package dev.conductor.agent.podman;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Podman's {@code shell} secret driver over systemd's credential store: Podman's default
 * {@code file} driver keeps secrets in plaintext, so Conductor's pod secrets are encrypted by
 * {@code systemd-creds} instead, one file per secret id, bound to that id. Podman runs these
 * commands itself, with the secret on stdin or stdout and its id in {@code $SECRET_ID}.
 */
final class EncryptedSecretDriver {

    /** Beside the services' secrets; a service name cannot start with a dot. */
    static final Path STANDARD = Path.of("/var/lib/conductor/secrets/.podman");

    private final Path directory;

    EncryptedSecretDriver(Path directory) {
        this.directory = directory;
    }

    /** The {@code --driver-opts} value: Podman splits it at commas, so no command holds one. */
    String options() {
        String file = directory + "/$SECRET_ID.cred";
        return String.join(",",
                "store=umask 077 && systemd-creds encrypt --name=podman-$SECRET_ID - " + file,
                "lookup=systemd-creds decrypt --name=podman-$SECRET_ID " + file + " -",
                "delete=rm -f " + file,
                "list=ls " + directory + " | sed s/[.]cred$//");
    }

    void prepare() {
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
