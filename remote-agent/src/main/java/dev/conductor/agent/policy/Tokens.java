package dev.conductor.agent.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Static bearer tokens: 256 random bits, {@code cdt_} and base64url; only their digest is kept. */
final class Tokens {

    static final String PREFIX = "cdt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The lowercase hex SHA-256 of {@code token}, as {@link TokenRule#sha256()} keeps it. */
    static String digest(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Compares digests in constant time, so that timing tells nothing of a near miss. */
    static boolean matches(byte[] digest, String sha256Hex) {
        try {
            return MessageDigest.isEqual(digest, HexFormat.of().parseHex(sha256Hex));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }
}
