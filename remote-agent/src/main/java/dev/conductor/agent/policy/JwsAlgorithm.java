package dev.conductor.agent.policy;

import java.util.Arrays;
import java.util.Optional;

/** The JWS {@code alg} values (RFC 7518) that a token may name, with the JDK signature that checks each. */
enum JwsAlgorithm {
    RS256("RS256", "SHA256withRSA", KeyFamily.RSA),
    RS384("RS384", "SHA384withRSA", KeyFamily.RSA),
    RS512("RS512", "SHA512withRSA", KeyFamily.RSA),
    // JWS carries ECDSA signatures as R || S, which is the P1363 format, not the DER of X9.62
    ES256("ES256", "SHA256withECDSAinP1363Format", KeyFamily.P256),
    ES384("ES384", "SHA384withECDSAinP1363Format", KeyFamily.P384),
    ES512("ES512", "SHA512withECDSAinP1363Format", KeyFamily.P521),
    ED_DSA("EdDSA", "Ed25519", KeyFamily.ED25519),
    // named only to refuse them: no key here is symmetric, so a public key never serves as an HMAC secret
    HS256("HS256", null, null),
    HS384("HS384", null, null),
    HS512("HS512", null, null);

    private final String jwsName;
    private final String jdkName;
    private final KeyFamily family;

    JwsAlgorithm(String jwsName, String jdkName, KeyFamily family) {
        this.jwsName = jwsName;
        this.jdkName = jdkName;
        this.family = family;
    }

    static Optional<JwsAlgorithm> named(String alg) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.jwsName.equals(alg)).findFirst();
    }

    String jwsName() {
        return jwsName;
    }

    String jdkName() {
        return jdkName;
    }

    /** Whether a key verifies this algorithm: of its one family, so that no token picks how its key is used. */
    boolean fits(JwtKey key) {
        return key.family() == family;
    }
}
