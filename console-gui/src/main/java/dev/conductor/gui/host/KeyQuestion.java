package dev.conductor.gui.host;

import dev.conductor.console.ssh.HostKey;

/**
 * An unknown host key put to the user, in OpenSSH's words.
 *
 * @param host the host name or address as connected to
 * @param port the SSH port
 * @param key the key the host presented
 */
public record KeyQuestion(String host, int port, HostKey key) {

    /** "The authenticity of host ... can't be established." */
    public String heading() {
        return "The authenticity of host '" + host + "' (port " + port + ") can't be established.";
    }

    /** "ED25519 key fingerprint is SHA256:...", to compare with {@code ssh-keygen -lf} on the host. */
    public String fingerprint() {
        return key.toString();
    }
}
