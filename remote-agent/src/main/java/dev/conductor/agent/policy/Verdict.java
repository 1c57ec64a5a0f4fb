package dev.conductor.agent.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What {@link JwtVerifier} decided about a token: {@link Valid} with its claims, or {@link Refused} and why. */
public sealed interface Verdict {

    /**
     * A token signed by a trusted key that meets the expectations.
     *
     * @param subject the {@code sub} claim
     * @param issuer the {@code iss} claim
     * @param audience the {@code aud} claim as a list, empty without one
     * @param claims all claims, as Jackson reads JSON into maps, lists, strings, numbers and booleans
     */
    record Valid(Optional<String> subject, Optional<String> issuer, List<String> audience, Map<String, Object> claims)
            implements Verdict {

        public Valid {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(issuer, "issuer");
            audience = List.copyOf(audience);
            // not Map.copyOf: a claim may be JSON null
            claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        }
    }

    /**
     * A token not admitted.
     *
     * @param reason a short phrase for the journal, such as {@code expired} or {@code bad signature}; it
     *               never quotes the token
     */
    record Refused(String reason) implements Verdict {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether the token is {@link Valid}. */
    default boolean valid() {
        return this instanceof Valid;
    }
}
