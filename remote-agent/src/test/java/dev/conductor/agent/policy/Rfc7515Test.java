package dev.conductor.agent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of RFC 7515 appendices A.2 (RS256) and A.3 (ES256), with the keys as the RFC prints them. */
class Rfc7515Test {

    // the examples' exp is 1300819380, in March 2011
    private static final Instant BEFORE_EXP = Instant.ofEpochSecond(1_300_819_000L);
    private final JwtVerifier verifier = new JwtVerifier();

    @ParameterizedTest
    @ValueSource(strings = {"a2", "a3"})
    void theExampleVerifiesWithItsKey(String appendix) {
        Verdict verdict = verifier.verify(token(appendix), keys(appendix), Expectations.any().withIssuer("joe"),
                BEFORE_EXP);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Valid.class, valid -> {
            assertThat(valid.issuer()).contains("joe");
            assertThat(valid.subject()).isEmpty();
            assertThat(valid.claims()).containsEntry("http://example.com/is_root", true)
                    .containsEntry("exp", 1_300_819_380);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a2", "a3"})
    void oneCharacterOfThePayloadChangedIsABadSignature(String appendix) {
        // "qb2U" holds the "oe" of "joe": with V for U the issuer reads "jof", still valid JSON
        String token = token(appendix);
        String forged = token.replace("qb2U", "qb2V");

        assertThat(forged).isNotEqualTo(token);
        assertThat(verifier.verify(forged, keys(appendix), Expectations.any(), BEFORE_EXP))
                .isEqualTo(new Verdict.Refused("bad signature"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a2", "a3"})
    void afterItsExpiryTheExampleIsExpired(String appendix) {
        assertThat(verifier.verify(token(appendix), keys(appendix), Expectations.any(),
                Instant.ofEpochSecond(1_300_819_380L + 60))).isEqualTo(new Verdict.Refused("expired"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a2", "a3"})
    void theOtherAppendixsKeyDoesNotFit(String appendix) {
        String other = appendix.equals("a2") ? "a3" : "a2";

        assertThat(verifier.verify(token(appendix), keys(other), Expectations.any(), BEFORE_EXP))
                .isInstanceOfSatisfying(Verdict.Refused.class,
                        refused -> assertThat(refused.reason()).contains("not allowed for"));
    }

    private static String token(String appendix) {
        return JwtFixtures.resource("rfc7515-" + appendix + ".jws").strip();
    }

    private static List<JwtKey> keys(String appendix) {
        return JwtKeys.parse(JwtFixtures.resource("rfc7515-" + appendix + "-key.json"));
    }
}
