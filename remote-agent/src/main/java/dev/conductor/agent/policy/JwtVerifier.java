package dev.conductor.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Verifies JSON Web Tokens in the JWS compact serialization, signed with RS256, RS384, RS512, ES256,
 * ES384, ES512 or EdDSA (Ed25519). Safe to share between threads; it remembers the signatures it
 * verified (a bounded cache), never a decision on claims.
 */
public final class JwtVerifier {

    private final VerifiedSignatures cache = new VerifiedSignatures();

    /**
     * Whether a token is signed by one of the keys and its claims meet the expectations at {@code now}.
     * Never throws for the token: any flaw of it, however hostile, is a {@link Verdict.Refused}.
     *
     * @param keys the trusted keys; if the token names a {@code kid} and any key has one, only the keys
     *             with that kid are tried
     */
    public Verdict verify(String token, List<JwtKey> keys, Expectations expect, Instant now) {
        // the caller's mistakes are not the token's: they must not read as a malformed token
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(now, "now");
        try {
            CompactJws jws = CompactJws.parse(token);
            JwsAlgorithm algorithm = algorithm(jws.header());
            if (!signed(jws, algorithm, candidates(jws.header(), keys, algorithm))) {
                return new Verdict.Refused("bad signature");
            }
            return Claims.check(jws.payload(), expect, now);
        } catch (Refusal refusal) {
            return new Verdict.Refused(refusal.getMessage());
        } catch (RuntimeException e) {
            // whatever the parsers trip over is the token's fault, and its text stays out of the reason
            return new Verdict.Refused("malformed token");
        }
    }

    private static JwsAlgorithm algorithm(JsonNode header) throws Refusal {
        // RFC 7515 4.1.11: extensions we do not know must be refused, and we know none
        if (header.has("crit")) {
            throw new Refusal("crit header refused");
        }
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual()) {
            throw Refusal.malformed("no alg");
        }
        if (alg.asText().equalsIgnoreCase("none")) {
            throw new Refusal("alg none refused");
        }
        return JwsAlgorithm.named(alg.asText())
                .orElseThrow(() -> new Refusal("alg " + Names.shown(alg.asText()) + " not supported"));
    }

    private static List<JwtKey> candidates(JsonNode header, List<JwtKey> keys, JwsAlgorithm algorithm)
            throws Refusal {
        if (keys.isEmpty()) {
            throw new Refusal("no keys");
        }
        List<JwtKey> named = byKid(header.get("kid"), keys);
        List<JwtKey> fitting = named.stream().filter(algorithm::fits).toList();
        if (fitting.isEmpty()) {
            throw new Refusal("alg " + algorithm.jwsName() + " not allowed for " + describe(named));
        }
        return fitting;
    }

    private static List<JwtKey> byKid(JsonNode kid, List<JwtKey> keys) throws Refusal {
        if (kid == null || keys.stream().allMatch(key -> key.kid().isEmpty())) {
            return keys;
        }
        if (!kid.isTextual()) {
            throw Refusal.malformed("kid is not a string");
        }
        List<JwtKey> named = keys.stream().filter(key -> key.kid().equals(Optional.of(kid.asText()))).toList();
        if (named.isEmpty()) {
            throw new Refusal("unknown kid");
        }
        return named;
    }

    private static String describe(List<JwtKey> keys) {
        List<String> families = keys.stream().map(key -> key.family().label()).distinct().toList();
        return families.size() == 1 ? "an " + families.get(0) + " key"
                : families.stream().collect(Collectors.joining(", ", "keys of ", ""));
    }

    private boolean signed(CompactJws jws, JwsAlgorithm algorithm, List<JwtKey> keys) {
        String digest = VerifiedSignatures.digest(jws);
        if (cache.known(digest, keys)) {
            return true;
        }
        for (JwtKey key : keys) {
            if (jws.signature().length == key.signatureLength() && verifies(jws, algorithm, key)) {
                cache.remember(digest, key);
                return true;
            }
        }
        return false;
    }

    int remembered() {
        return cache.size();
    }

    // a Signature is not thread-safe, and getInstance is cheap next to the verification itself
    private static boolean verifies(CompactJws jws, JwsAlgorithm algorithm, JwtKey key) {
        try {
            Signature signature = Signature.getInstance(algorithm.jdkName());
            signature.initVerify(key.publicKey());
            signature.update(jws.signingInput());
            return signature.verify(jws.signature());
        } catch (GeneralSecurityException e) {
            // a key its provider will not take verifies nothing; the next key may
            return false;
        }
    }
}
