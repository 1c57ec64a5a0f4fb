package dev.conductor.agent.policy;

import java.security.KeyPair;
import java.security.PublicKey;

/** JWS tokens for tests outside this package (through Caddy on a sandbox host): {@link JwtFixtures}' signing. */
public final class TestJws {

    private TestJws() {}

    public static String es256(KeyPair pair, String claims) {
        return JwtFixtures.sign("ES256", pair.getPrivate(), "{\"alg\":\"ES256\",\"typ\":\"JWT\"}", claims);
    }

    public static String rs256(KeyPair pair, String claims) {
        return JwtFixtures.sign("RS256", pair.getPrivate(), "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims);
    }

    /** {@code alg: none}, no signature: what a verifier that trusts the header would take. */
    public static String unsigned(String claims) {
        return JwtFixtures.b64("{\"alg\":\"none\"}") + "." + JwtFixtures.b64(claims) + ".";
    }

    /** HS256 with {@code secret} as the HMAC key: the confusion attack when it is a public key's text. */
    public static String hs256(byte[] secret, String claims) {
        return JwtFixtures.hs256(secret, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims);
    }

    public static String pem(PublicKey key) {
        return JwtFixtures.pem("PUBLIC KEY", key.getEncoded());
    }
}
