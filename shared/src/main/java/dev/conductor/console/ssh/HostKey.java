package dev.conductor.console.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * A host key as a person checks it: its SSH type ({@code ssh-ed25519}) and its SHA-256
 * fingerprint exactly as OpenSSH prints it ({@code SHA256:} and unpadded base64).
 */
public record HostKey(String type, String fingerprint) {

    public static HostKey of(PublicKey key) {
        return new HostKey(KeyUtils.getKeyType(key), fingerprint(key));
    }

    /** {@code SHA256:...} over the key's SSH wire encoding, like {@code ssh-keygen -l}. */
    public static String fingerprint(PublicKey key) {
        ByteArrayBuffer blob = new ByteArrayBuffer();
        blob.putRawPublicKey(key);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob.getCompactData());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The short name OpenSSH shows: {@code ED25519}, {@code ECDSA}, {@code RSA}. */
    public String displayType() {
        String base = type.startsWith("ssh-ed25519") || type.startsWith("sk-ssh-ed25519") ? "ED25519"
                : type.contains("ecdsa") ? "ECDSA"
                : type.startsWith("ssh-rsa") || type.startsWith("rsa-") ? "RSA"
                : type.startsWith("ssh-dss") ? "DSA" : type;
        return type.startsWith("sk-") ? base + "-SK" : base;
    }

    /** As OpenSSH words it: {@code ED25519 key fingerprint is SHA256:...}. */
    @Override
    public String toString() {
        return displayType() + " key fingerprint is " + fingerprint;
    }
}
