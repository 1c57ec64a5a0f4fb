package dev.conductor.agent.policy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens whose signature a key has already verified, by SHA-256 of the signed bytes, so that a
 * client presenting the same JWT again costs a digest instead of an ECDSA or RSA verification. Only
 * the signature is remembered: the claims ({@code exp}, {@code nbf}, {@code iss}, {@code aud}) are
 * checked at every request. An entry counts only while its key is still among the trusted ones, so a
 * key removed from a policy stops admitting at once. Bounded, least recently used out first; only a
 * signature that verified gets in, so hostile tokens cannot fill it.
 */
final class VerifiedSignatures {

    static final int CAPACITY = 4096;

    private final Map<String, JwtKey> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JwtKey> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The digest that names the token's signed bytes and signature together. */
    static String digest(CompactJws jws) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(jws.signingInput());
            sha.update((byte) '.');
            return Base64.getEncoder().encodeToString(sha.digest(jws.signature()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    synchronized boolean known(String digest, List<JwtKey> keys) {
        JwtKey key = verified.get(digest);
        return key != null && keys.contains(key);
    }

    synchronized void remember(String digest, JwtKey key) {
        verified.put(digest, key);
    }

    synchronized int size() {
        return verified.size();
    }
}
