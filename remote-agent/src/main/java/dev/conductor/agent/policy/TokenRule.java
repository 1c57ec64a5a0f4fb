package dev.conductor.agent.policy;

import java.time.Instant;
import java.util.List;

/**
 * A static bearer token, kept as the SHA-256 of the token only: tokens are 256 random bits, so a
 * plain digest cannot be brute-forced, and the file never holds anything that admits a request.
 *
 * @param sha256 the token's digest, lowercase hex
 * @param created when {@code policy token add} made it
 * @param expires when it stops admitting; null for never
 */
public record TokenRule(String name, String sha256, Instant created, Instant expires, List<String> authorizations)
        implements PolicyRule {

    public TokenRule {
        authorizations = authorizations == null ? List.of() : List.copyOf(authorizations);
    }

    boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }
}
