package dev.conductor.agent.policy;

import static dev.conductor.agent.policy.JwtFixtures.b64;
import static dev.conductor.agent.policy.JwtFixtures.pair;
import static dev.conductor.agent.policy.JwtFixtures.sign;
import static dev.conductor.agent.policy.JwtVerifierTest.NOW;
import static dev.conductor.agent.policy.JwtVerifierTest.keys;
import static dev.conductor.agent.policy.JwtVerifierTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens made to get past the verifier: forged algorithms, mismatched keys and malformed text. */
class HostileTokenTest {

    private final JwtVerifier verifier = new JwtVerifier();
    private final KeyPair rsa = pair("RS256", 1);

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE"})
    void algNoneIsRefused(String none) {
        String token = b64("{\"alg\":\"" + none + "\"}") + "." + b64("{\"sub\":\"admin\"}") + ".";

        assertThat(refusal(token, keys(rsa))).isEqualTo("alg none refused");
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRefused() {
        byte[] der = rsa.getPublic().getEncoded();
        String pem = JwtFixtures.pem("PUBLIC KEY", der);
        List<JwtKey> keys = JwtKeys.parse(pem);

        for (byte[] secret : List.of(der, pem.getBytes(StandardCharsets.US_ASCII))) {
            String token = JwtFixtures.hs256(secret, "{\"alg\":\"HS256\"}", "{\"sub\":\"admin\"}");
            assertThat(refusal(token, keys)).isEqualTo("alg HS256 not allowed for an RSA key");
        }
    }

    @Test
    void theAlgMustFitTheKeysFamilyAndCurve() {
        String rs256 = sign("RS256", rsa.getPrivate(), "{\"alg\":\"RS256\"}", "{}");
        String es256 = sign("ES256", pair("ES256", 1).getPrivate(), "{\"alg\":\"ES256\"}", "{}");

        assertThat(refusal(rs256, keys(pair("ES256", 1))))
                .isEqualTo("alg RS256 not allowed for an EC P-256 key");
        assertThat(refusal(es256, keys(pair("ES384", 1))))
                .isEqualTo("alg ES256 not allowed for an EC P-384 key");
        assertThat(refusal(es256, List.of(keys(rsa).get(0), keys(pair("EdDSA", 1)).get(0))))
                .isEqualTo("alg ES256 not allowed for keys of RSA, Ed25519");
    }

    @Test
    void aCritHeaderIsRefused() {
        String token = sign("RS256", rsa.getPrivate(), "{\"alg\":\"RS256\",\"crit\":[\"exp\"],\"exp\":1}", "{}");

        assertThat(refusal(token, keys(rsa))).isEqualTo("crit header refused");
    }

    @Test
    void unknownAlgorithmsAreNamedOnlyWhenTheyLookLikeNames() {
        assertThat(refusal(sign("RS256", rsa.getPrivate(), "{\"alg\":\"PS256\"}", "{}"), keys(rsa)))
                .isEqualTo("alg PS256 not supported");
        assertThat(refusal(sign("RS256", rsa.getPrivate(), "{\"alg\":\"RS256\\n<script>\"}", "{}"), keys(rsa)))
                .isEqualTo("alg ? not supported");
    }

    @Test
    void noKeysAdmitNothing() {
        assertThat(refusal(sign("RS256", rsa.getPrivate(), "{\"alg\":\"RS256\"}", "{}"), List.of()))
                .isEqualTo("no keys");
    }

    @Test
    void malformedTokensAreRefusedAndSaySo() {
        String header = b64("{\"alg\":\"RS256\"}");
        String payload = b64("{}");
        String valid = sign("RS256", rsa.getPrivate(), "{\"alg\":\"RS256\"}", "{}");

        assertThat(refusal(null, keys(rsa))).isEqualTo("malformed token: empty");
        assertThat(refusal(header + "." + payload, keys(rsa))).isEqualTo("malformed token: not three parts");
        assertThat(refusal(valid + ".x", keys(rsa))).isEqualTo("malformed token: not three parts");
        assertThat(refusal(header + "." + payload + "*.AAAA", keys(rsa))).isEqualTo("malformed token: not base64url");
        assertThat(refusal(valid + "=", keys(rsa))).isEqualTo("malformed token: not base64url");
        assertThat(refusal(header + "." + payload + ".A", keys(rsa))).isEqualTo("malformed token: not base64url");
        assertThat(refusal(header + "." + payload + ".AB", keys(rsa)))
                .isEqualTo("malformed token: not canonical base64url");
        assertThat(refusal(valid + "A".repeat(CompactJws.MAX_LENGTH), keys(rsa)))
                .isEqualTo("malformed token: longer than 16384 characters");
        assertThat(refusal(b64("[1]") + "." + payload + ".AAAA", keys(rsa)))
                .isEqualTo("malformed token: header is not a JSON object");
        assertThat(refusal(b64("{alg}") + "." + payload + ".AAAA", keys(rsa)))
                .isEqualTo("malformed token: header is not JSON");
        assertThat(refusal(b64("{\"typ\":\"JWT\"}") + "." + payload + ".AAAA", keys(rsa)))
                .isEqualTo("malformed token: no alg");
        assertThat(refusal(b64("{\"alg\":\"RS256\",\"alg\":\"none\"}") + "." + payload + ".AAAA", keys(rsa)))
                .isEqualTo("malformed token: header is not JSON");
    }

    @Test
    void malformedClaimsOfASignedTokenAreRefused() {
        assertThat(signedPayload("{\"exp\":\"tomorrow\"}")).isEqualTo("malformed token: exp is not a number");
        assertThat(signedPayload("{\"nbf\":true}")).isEqualTo("malformed token: nbf is not a number");
        assertThat(signedPayload("{\"exp\":1e400}")).isEqualTo("malformed token");
        assertThat(signedPayload("[\"sub\"]")).isEqualTo("malformed token: payload is not a JSON object");
        assertThat(signedPayload("not json")).isEqualTo("malformed token: payload is not JSON");
        assertThat(signedPayload("{\"sub\":\"a\",\"sub\":\"admin\"}"))
                .isEqualTo("malformed token: payload is not JSON");
        assertThat(signedPayload("{} {}")).isEqualTo("malformed token: payload is not JSON");
        assertThat(signedPayload("{\"iss\":7}")).isEqualTo("malformed token: iss is not a string");
        assertThat(signedPayload("{\"aud\":[1]}")).isEqualTo("malformed token: aud holds a value that is not a string");
        assertThat(signedPayload("{\"sub\":\"alice\",\"role\":null}")).isEqualTo("valid");
    }

    @Test
    void mangledTokensAreRefusedWithoutExceptionsOrQuotingTheToken() {
        String valid = sign("ES256", pair("ES256", 1).getPrivate(), "{\"alg\":\"ES256\"}",
                "{\"sub\":\"alice\"}");
        List<JwtKey> keys = keys(pair("ES256", 1));
        Random random = new Random(7515);
        String alphabet = "ABCxyz019-_.=+/ {}\"\u00e9\u0000";
        for (int i = 0; i < 2000; i++) {
            char[] token = valid.toCharArray();
            int position = random.nextInt(token.length);
            token[position] = alphabet.charAt(random.nextInt(alphabet.length()));
            String mangled = new String(token, 0, random.nextInt(8) == 0 ? position + 1 : token.length);
            if (!mangled.equals(valid)) {
                String reason = refusal(mangled, keys);
                assertThat(reason).doesNotContain(valid.substring(valid.lastIndexOf('.') + 1)).hasSizeLessThan(80);
            }
        }
    }

    private String signedPayload(String payload) {
        return outcome(verifier.verify(sign("RS256", rsa.getPrivate(), "{\"alg\":\"RS256\"}", payload),
                keys(rsa), Expectations.any(), NOW));
    }

    private String refusal(String token, List<JwtKey> keys) {
        Verdict verdict = verifier.verify(token, keys, Expectations.any(), NOW);
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return ((Verdict.Refused) verdict).reason();
    }
}
