package dev.conductor.agent.policy;

import java.util.List;

/**
 * JWTs signed by a public key: a PEM file (PUBLIC KEY or CERTIFICATE), a JWK or a JWKS.
 *
 * @param keyFile the key, relative to the policy's directory
 * @param issuer the {@code iss} a token must carry; null for any
 * @param audience a value the token's {@code aud} must hold; null for any
 */
public record KeyRule(String name, String keyFile, String issuer, String audience, List<String> authorizations)
        implements PolicyRule {

    public KeyRule {
        authorizations = authorizations == null ? List.of() : List.copyOf(authorizations);
    }
}
