package dev.conductor.agent.policy;

import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key that verifies JWS signatures, parsed once (by {@link JwtKeys#parse}) and then used for
 * any number of verifications.
 *
 * @param family the key's family, which decides the algorithms it verifies
 * @param publicKey the JDK key
 * @param kid the key id that tokens name in their {@code kid} header, if the key has one
 */
public record JwtKey(KeyFamily family, PublicKey publicKey, Optional<String> kid) {

    public JwtKey {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(kid, "kid");
        if (KeyFamily.of(publicKey) != family) {
            throw new IllegalArgumentException("not a key of family " + family.label());
        }
    }

    /**
     * The key for a JDK public key, whose family is found from the key.
     *
     * @throws dev.conductor.agent.error.ConductorException (BAD_REQUEST) for a key no JWS algorithm here uses
     */
    public static JwtKey of(PublicKey publicKey, Optional<String> kid) {
        return new JwtKey(KeyFamily.of(publicKey), publicKey, kid);
    }

    int signatureLength() {
        return family.signatureLength(publicKey);
    }

    // the default would print the modulus or the point: keys stay out of logs even when public
    @Override
    public String toString() {
        return "JwtKey[" + family.label() + kid.map(id -> ", kid " + Names.shown(id)).orElse("") + "]";
    }
}
