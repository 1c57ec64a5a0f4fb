package dev.conductor.agent.policy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a token must say besides being signed by a trusted key.
 *
 * @param issuer the exact {@code iss} required, if any
 * @param audience the value that {@code aud} (a string or an array) must hold, if any
 * @param clockSkew how far the issuer's clock may be off from ours for {@code exp} and {@code nbf}
 */
public record Expectations(Optional<String> issuer, Optional<String> audience, Duration clockSkew) {

    /** The clock skew unless told otherwise. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    public Expectations {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clock skew " + clockSkew + " is negative");
        }
    }

    /** No issuer, no audience, the default clock skew. */
    public static Expectations any() {
        return new Expectations(Optional.empty(), Optional.empty(), DEFAULT_CLOCK_SKEW);
    }

    public Expectations withIssuer(String required) {
        return new Expectations(Optional.of(required), audience, clockSkew);
    }

    public Expectations withAudience(String required) {
        return new Expectations(issuer, Optional.of(required), clockSkew);
    }

    public Expectations withClockSkew(Duration skew) {
        return new Expectations(issuer, audience, skew);
    }
}
