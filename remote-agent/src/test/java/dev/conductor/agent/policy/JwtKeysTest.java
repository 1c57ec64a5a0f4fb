package dev.conductor.agent.policy;

import static dev.conductor.agent.policy.JwtVerifierTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.EllipticCurve;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Key files: PEM public keys and certificates, JWKs and JWK sets, and the messages for bad ones. */
class JwtKeysTest {

    @ParameterizedTest
    @CsvSource({"RS256, RSA", "ES256, P256", "ES384, P384", "ES512, P521", "EdDSA, ED25519"})
    void aPemPublicKeyVerifiesTokensOfItsPrivateKey(String alg, KeyFamily family) {
        KeyPair pair = JwtFixtures.pair(alg, 1);

        String pem = "# the issuer's key\n" + JwtFixtures.pem("PUBLIC KEY", pair.getPublic().getEncoded());

        List<JwtKey> keys = JwtKeys.parse(pem);

        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key.family()).isEqualTo(family);
            assertThat(key.kid()).isEmpty();
        });
        assertThat(verified(alg, pair, keys)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256", "ES384", "ES512", "EdDSA"})
    void aJwkVerifiesTokensOfItsPrivateKey(String alg) {
        KeyPair pair = JwtFixtures.pair(alg, 1);

        List<JwtKey> keys = JwtKeys.parse(JwtFixtures.jwk(pair.getPublic(), "k1", ",\"use\":\"sig\""));

        assertThat(keys).singleElement().satisfies(key -> assertThat(key.kid()).contains("k1"));
        assertThat(keys.get(0).publicKey()).isEqualTo(pair.getPublic());
        assertThat(verified(alg, pair, keys)).isTrue();
    }

    @Test
    void aCertificateGivesItsPublicKey() {
        assertThat(JwtKeys.parse(JwtFixtures.resource("ec-p256-certificate.pem"))).singleElement()
                .satisfies(key -> assertThat(key.family()).isEqualTo(KeyFamily.P256));
    }

    @Test
    void aPemFileMayHoldSeveralBlocks() {
        String pem = JwtFixtures.pem("PUBLIC KEY", JwtFixtures.pair("EdDSA", 1).getPublic().getEncoded())
                + JwtFixtures.resource("ec-p256-certificate.pem");

        assertThat(JwtKeys.parse(pem)).extracting(JwtKey::family).containsExactly(KeyFamily.ED25519, KeyFamily.P256);
    }

    @Test
    void aJwkSetGivesItsSignatureKeysInOrder() {
        String jwks = "{\"keys\":[" + JwtFixtures.jwk(JwtFixtures.pair("RS256", 1).getPublic(), "rsa", "") + ","
                + JwtFixtures.jwk(JwtFixtures.pair("RS256", 2).getPublic(), "encryption", ",\"use\":\"enc\"") + ","
                + "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"},"
                + JwtFixtures.jwk(JwtFixtures.pair("ES384", 1).getPublic(), "ec", ",\"alg\":\"ES384\"") + ","
                + JwtFixtures.jwk(JwtFixtures.pair("EdDSA", 1).getPublic(), null, "") + "]}";

        List<JwtKey> keys = JwtKeys.parse(jwks);

        assertThat(keys).extracting(JwtKey::family).containsExactly(KeyFamily.RSA, KeyFamily.P384, KeyFamily.ED25519);
        assertThat(keys).extracting(JwtKey::kid)
                .containsExactly(Optional.of("rsa"), Optional.of("ec"), Optional.empty());
        assertThat(verified("ES384", JwtFixtures.pair("ES384", 1), keys)).isTrue();
    }

    @Test
    void ofAPrivateJwkOnlyThePublicPartIsRead() {
        JwtKey key = JwtKeys.parse(JwtFixtures.resource("rfc7515-a3-key.json")).get(0);

        assertThat(key.publicKey()).isInstanceOf(PublicKey.class);
        assertThat(key.toString()).isEqualTo("JwtKey[EC P-256]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"})
    void aPrivatePemIsRefusedWithoutQuotingIt(String label) {
        String pem = JwtFixtures.pem(label, JwtFixtures.pair("RS256", 1).getPrivate().getEncoded());

        refused(pem).hasMessage("key file: unsupported PEM block '" + label + "'; expected PUBLIC KEY or CERTIFICATE");
    }

    @Test
    void anEncryptedLegacyPemIsRefusedForWhatItIs() {
        refused("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----\n")
                .hasMessage("key file: unsupported PEM block 'RSA PRIVATE KEY'; expected PUBLIC KEY or CERTIFICATE");
    }

    @Test
    void brokenPemSaysWhatIsWrong() {
        String pem = JwtFixtures.pem("PUBLIC KEY", JwtFixtures.pair("ES256", 1).getPublic().getEncoded());

        refused(pem.substring(0, pem.indexOf("-----END"))).hasMessageContaining("no matching END line");
        refused(JwtFixtures.pem("PUBLIC KEY", new byte[] {48, 3, 2, 1, 1})).hasMessage(
                "key file: PUBLIC KEY is not an RSA, EC or EdDSA key");
        refused(JwtFixtures.pem("CERTIFICATE", new byte[] {48, 3, 2, 1, 1})).hasMessage(
                "key file: CERTIFICATE is not a valid X.509 certificate");
        refused("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 me@host").hasMessageStartingWith("key file: neither PEM");
    }

    @Test
    void unsupportedKeysAreRefused() throws NoSuchAlgorithmException {
        refused(JwtFixtures.pem("PUBLIC KEY", generate("RSA", 1024).getEncoded()))
                .hasMessage("key file: RSA key of 1024 bits is too small; at least 2048 needed");
        refused(JwtFixtures.pem("PUBLIC KEY", generate("Ed448", 0).getEncoded()))
                .hasMessage("key file: unsupported EdDSA key; expected RSA, EC P-256, P-384, P-521 or Ed25519");
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() {
        // the JDK no longer makes keys on other curves: this one is P-256 with another b
        ECParameterSpec p256 = KeyFamily.P256.curve();
        EllipticCurve curve = new EllipticCurve(p256.getCurve().getField(), p256.getCurve().getA(),
                p256.getCurve().getB().add(BigInteger.ONE));
        ECParameterSpec other = new ECParameterSpec(curve, p256.getGenerator(), p256.getOrder(), p256.getCofactor());

        assertThatThrownBy(() -> JwtKey.of(new OtherCurveKey(p256.getGenerator(), other), Optional.empty()))
                .hasMessage("key file: unsupported EC curve; expected P-256, P-384 or P-521");
    }

    @Test
    void aKeyMustBeOfItsStatedFamily() {
        PublicKey rsa = JwtFixtures.pair("RS256", 1).getPublic();

        assertThatThrownBy(() -> new JwtKey(KeyFamily.ED25519, rsa, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a key of family Ed25519");
    }

    private record OtherCurveKey(ECPoint getW, ECParameterSpec getParams) implements ECPublicKey {

        @Override
        public String getAlgorithm() {
            return "EC";
        }

        @Override
        public String getFormat() {
            return "X.509";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }

    @Test
    void badJwksSayWhatIsWrong() {
        String p256 = JwtFixtures.jwk(JwtFixtures.pair("ES256", 1).getPublic(), null, "");
        refused("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}")
                .hasMessage("key file: no usable key: JWK kty 'oct' not supported; expected RSA, EC or OKP");
        refused("{\"keys\":[]}").hasMessage("key file: no usable key");
        refused(JwtFixtures.jwk(JwtFixtures.pair("ES256", 1).getPublic(), null, ",\"use\":\"enc\""))
                .hasMessage("key file: no usable key: JWK use 'enc' is not sig");
        refused(p256.replace("P-256", "secp256k1"))
                .hasMessage("key file: no usable key: JWK EC crv 'secp256k1' not supported; "
                        + "expected P-256, P-384 or P-521");
        refused(p256.replace("\"x\":\"", "\"x\":\"AAAA")).hasMessage("key file: JWK 'x' has 35 bytes; expected 32");
        refused(p256.replace("\"x\":\"", "\"x\":\"!")).hasMessage("key file: JWK 'x' is not base64url");
        refused("{\"kty\":\"RSA\",\"e\":\"AQAB\"}").hasMessage("key file: JWK has no 'n'");
        refused("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":1}").hasMessage("key file: JWK 'x' is not a string");
        refused("{\"keys\":{}}").hasMessage("key file: JWK set 'keys' is not an array");
        refused("{\"n\":\"AQAB\"}").hasMessage("key file: a JWK has no kty");
    }

    @Test
    void aPointOffTheCurveIsRefused() {
        String p256 = JwtFixtures.jwk(JwtFixtures.pair("ES256", 1).getPublic(), null, "");
        String y = p256.replaceAll(".*\"y\":\"([^\"]+)\".*", "$1");
        String otherY = (y.charAt(0) == 'A' ? "B" : "A") + y.substring(1);

        refused(p256.replace(y, otherY)).hasMessage("key file: EC point is not on curve P-256");
    }

    @Test
    void invalidJsonIsNotQuoted() {
        refused("{\"kty\":\"EC\",\"d\":\"secretbits\" oops}").hasMessageStartingWith("key file: not valid JSON (line 1")
                .message().doesNotContain("secretbits").doesNotContain("oops");
    }

    private static boolean verified(String alg, KeyPair pair, List<JwtKey> keys) {
        String token = JwtFixtures.sign(alg, pair.getPrivate(), "{\"alg\":\"" + alg + "\"}", "{}");
        return new JwtVerifier().verify(token, keys, Expectations.any(), NOW).valid();
    }

    private static PublicKey generate(String algorithm, int size) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (size > 0) {
            generator.initialize(size);
        }
        return generator.generateKeyPair().getPublic();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String text) {
        return assertThatThrownBy(() -> JwtKeys.parse(text)).isInstanceOfSatisfying(ConductorException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.BAD_REQUEST));
    }
}
