package dev.conductor.agent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens signed in the test with generated keys of every supported algorithm, and the claims checks. */
class JwtVerifierTest {

    static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private final JwtVerifier verifier = new JwtVerifier();

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"})
    void aTokenSignedWithTheKeyIsValid(String alg) {
        Verdict verdict = verify(alg, "{\"sub\":\"alice\",\"iss\":\"https://id.example\",\"exp\":" + (at(300)) + "}",
                Expectations.any().withIssuer("https://id.example"));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Valid.class, valid -> {
            assertThat(valid.subject()).contains("alice");
            assertThat(valid.issuer()).contains("https://id.example");
            assertThat(valid.audience()).isEmpty();
            assertThat(valid.claims()).containsEntry("sub", "alice");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"})
    void anotherKeyOfTheSameKindIsABadSignature(String alg) {
        String token = JwtFixtures.sign(alg, JwtFixtures.pair(alg, 2).getPrivate(), header(alg), "{\"sub\":\"alice\"}");

        Verdict verdict = verifier.verify(token, keys(JwtFixtures.pair(alg, 1)), Expectations.any(), NOW);

        assertThat(verdict).isEqualTo(new Verdict.Refused("bad signature"));
        assertThat(((Verdict.Refused) verdict).reason()).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @ParameterizedTest
    @CsvSource({"-61, expired", "-60, expired", "-59, valid", "3600, valid"})
    void expiryAllowsTheClockSkew(long expFromNow, String outcome) {
        assertThat(outcome(verify("ES256", "{\"exp\":" + at(expFromNow) + "}", Expectations.any()))).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({"61, not yet valid", "59, valid", "-3600, valid"})
    void notBeforeAllowsTheClockSkew(long nbfFromNow, String outcome) {
        assertThat(outcome(verify("ES256", "{\"nbf\":" + at(nbfFromNow) + "}", Expectations.any()))).isEqualTo(outcome);
    }

    @Test
    void theClockSkewCanBeChanged() {
        Expectations strict = Expectations.any().withClockSkew(Duration.ZERO);

        assertThat(outcome(verify("ES256", "{\"exp\":" + at(-1) + "}", strict))).isEqualTo("expired");
        assertThat(outcome(verify("ES256", "{\"exp\":" + at(1) + "}", strict))).isEqualTo("valid");
        assertThat(outcome(verify("ES256", "{\"exp\":" + at(-1) + ".5}", strict))).isEqualTo("expired");
    }

    @Test
    void theIssuerMustBeTheExpectedOneExactly() {
        Expectations expect = Expectations.any().withIssuer("https://id.example");

        assertThat(outcome(verify("RS256", "{\"iss\":\"https://id.example/\"}", expect))).isEqualTo("wrong issuer");
        assertThat(outcome(verify("RS256", "{\"sub\":\"alice\"}", expect))).isEqualTo("wrong issuer");
        assertThat(outcome(verify("RS256", "{\"iss\":\"https://other.example\"}", Expectations.any())))
                .isEqualTo("valid");
    }

    @Test
    void theAudienceIsAStringOrAnArrayThatMustHoldTheExpectedOne() {
        Expectations expect = Expectations.any().withAudience("functions");

        assertThat(verify("EdDSA", "{\"aud\":[\"console\",\"functions\"]}", expect))
                .isInstanceOfSatisfying(Verdict.Valid.class,
                        valid -> assertThat(valid.audience()).containsExactly("console", "functions"));
        assertThat(outcome(verify("EdDSA", "{\"aud\":\"functions\"}", expect))).isEqualTo("valid");
        assertThat(outcome(verify("EdDSA", "{\"aud\":[\"console\"]}", expect))).isEqualTo("wrong audience");
        assertThat(outcome(verify("EdDSA", "{\"aud\":\"console\"}", expect))).isEqualTo("wrong audience");
        assertThat(outcome(verify("EdDSA", "{}", expect))).isEqualTo("wrong audience");
    }

    @Test
    void theKidChoosesAmongKeysThatHaveKids() {
        KeyPair first = JwtFixtures.pair("RS256", 1);
        KeyPair second = JwtFixtures.pair("RS256", 2);
        List<JwtKey> keys = List.of(JwtKey.of(first.getPublic(), Optional.of("k1")),
                JwtKey.of(second.getPublic(), Optional.of("k2")));

        assertThat(outcome(signedBy(second, "{\"alg\":\"RS256\",\"kid\":\"k2\"}", keys))).isEqualTo("valid");
        assertThat(outcome(signedBy(second, "{\"alg\":\"RS256\",\"kid\":\"k1\"}", keys))).isEqualTo("bad signature");
        assertThat(outcome(signedBy(second, "{\"alg\":\"RS256\",\"kid\":\"k3\"}", keys))).isEqualTo("unknown kid");
        assertThat(outcome(signedBy(second, "{\"alg\":\"RS256\"}", keys))).isEqualTo("valid");
    }

    @Test
    void aKidIsIgnoredWhenNoKeyHasOne() {
        KeyPair second = JwtFixtures.pair("RS256", 2);
        List<JwtKey> keys = List.of(JwtKey.of(JwtFixtures.pair("RS256", 1).getPublic(), Optional.empty()),
                JwtKey.of(second.getPublic(), Optional.empty()));

        assertThat(outcome(signedBy(second, "{\"alg\":\"RS256\",\"kid\":\"anything\"}", keys))).isEqualTo("valid");
    }

    @Test
    void keysOfOtherFamiliesAreSkippedWhenOneFits() {
        KeyPair ed = JwtFixtures.pair("EdDSA", 1);
        List<JwtKey> keys = List.of(keys(JwtFixtures.pair("RS256", 1)).get(0),
                keys(JwtFixtures.pair("ES256", 1)).get(0), keys(ed).get(0));

        assertThat(outcome(signedBy(ed, "{\"alg\":\"EdDSA\"}", keys))).isEqualTo("valid");
    }

    static long at(long secondsFromNow) {
        return NOW.getEpochSecond() + secondsFromNow;
    }

    static String outcome(Verdict verdict) {
        return verdict instanceof Verdict.Refused refused ? refused.reason() : "valid";
    }

    static List<JwtKey> keys(KeyPair pair) {
        return List.of(JwtKey.of(pair.getPublic(), Optional.empty()));
    }

    private Verdict verify(String alg, String payload, Expectations expect) {
        KeyPair pair = JwtFixtures.pair(alg, 1);
        return verifier.verify(JwtFixtures.sign(alg, pair.getPrivate(), header(alg), payload), keys(pair), expect, NOW);
    }

    private Verdict signedBy(KeyPair pair, String header, List<JwtKey> keys) {
        String alg = header.replaceAll(".*\"alg\":\"([^\"]+)\".*", "$1");
        return verifier.verify(JwtFixtures.sign(alg, pair.getPrivate(), header, "{}"), keys, Expectations.any(), NOW);
    }

    private static String header(String alg) {
        return "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}";
    }
}
