package dev.conductor.agent.policy;

import static dev.conductor.agent.policy.JwtVerifierTest.NOW;
import static dev.conductor.agent.policy.JwtVerifierTest.at;
import static dev.conductor.agent.policy.JwtVerifierTest.keys;
import static dev.conductor.agent.policy.JwtVerifierTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token seen again skips its signature check, and nothing else. */
class VerifiedSignaturesTest {

    private static final String HEADER = "{\"alg\":\"ES256\",\"typ\":\"JWT\"}";
    private final JwtVerifier verifier = new JwtVerifier();
    private final KeyPair pair = JwtFixtures.pair("ES256", 1);

    @Test
    void aTokenSeenAgainIsStillCheckedForExpiry() {
        String token = JwtFixtures.sign("ES256", pair.getPrivate(), HEADER, "{\"exp\":" + at(60) + "}");

        assertThat(outcome(verifier.verify(token, keys(pair), Expectations.any(), NOW))).isEqualTo("valid");
        assertThat(verifier.remembered()).isEqualTo(1);
        assertThat(outcome(verifier.verify(token, keys(pair), Expectations.any(), NOW.plusSeconds(600))))
                .isEqualTo("expired");
        assertThat(outcome(verifier.verify(token, keys(pair), Expectations.any().withAudience("functions"), NOW)))
                .isEqualTo("wrong audience");
    }

    @Test
    void aTokenSeenAgainIsRefusedOnceItsKeyIsNoLongerTrusted() {
        String token = JwtFixtures.sign("ES256", pair.getPrivate(), HEADER, "{}");
        assertThat(outcome(verifier.verify(token, keys(pair), Expectations.any(), NOW))).isEqualTo("valid");

        List<JwtKey> rotated = keys(JwtFixtures.pair("ES256", 2));

        assertThat(outcome(verifier.verify(token, rotated, Expectations.any(), NOW))).isEqualTo("bad signature");
    }

    @Test
    void onlySignaturesThatVerifiedAreRemembered() {
        String forged = JwtFixtures.sign("ES256", JwtFixtures.pair("ES256", 2).getPrivate(), HEADER, "{}");

        for (int i = 0; i < 3; i++) {
            assertThat(outcome(verifier.verify(forged, keys(pair), Expectations.any(), NOW))).isEqualTo("bad signature");
        }
        assertThat(verifier.remembered()).isZero();
    }

    @Test
    void aTamperedPayloadIsNotTheTokenSeenBefore() {
        String token = JwtFixtures.sign("ES256", pair.getPrivate(), HEADER, "{\"sub\":\"alice\"}");
        verifier.verify(token, keys(pair), Expectations.any(), NOW);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + JwtFixtures.b64("{\"sub\":\"admin\"}") + "." + parts[2];

        assertThat(outcome(verifier.verify(tampered, keys(pair), Expectations.any(), NOW))).isEqualTo("bad signature");
    }

    @Test
    void theCacheIsBounded() {
        VerifiedSignatures cache = new VerifiedSignatures();
        JwtKey key = keys(pair).get(0);
        for (int i = 0; i <= VerifiedSignatures.CAPACITY; i++) {
            cache.remember("digest-" + i, key);
        }

        assertThat(cache.size()).isEqualTo(VerifiedSignatures.CAPACITY);
        assertThat(cache.known("digest-0", List.of(key))).isFalse();
        assertThat(cache.known("digest-" + VerifiedSignatures.CAPACITY, List.of(key))).isTrue();
    }
}
