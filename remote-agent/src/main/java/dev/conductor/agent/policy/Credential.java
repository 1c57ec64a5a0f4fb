package dev.conductor.agent.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A bearer credential as presented: a static token or a JWT, checked rule by rule. */
final class Credential {

    /** Longer credentials are refused before any work: no token or sane JWT is this long. */
    static final int MAX_LENGTH = 16 * 1024;
    static final Duration SKEW = Expectations.DEFAULT_CLOCK_SKEW;
    private static final JwtVerifier VERIFIER = new JwtVerifier();

    private final String text;
    private final boolean jwt;
    private final byte[] digest;
    private final Instant now;

    private Credential(String text, Instant now) {
        this.text = text;
        this.jwt = text.chars().filter(c -> c == '.').count() == 2;
        this.digest = jwt ? null : Tokens.sha256(text);
        this.now = now;
    }

    static Credential of(String text, Instant now) {
        return new Credential(text, now);
    }

    /** The credential of {@code Authorization: Bearer X}; null when there is none. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.length() > MAX_LENGTH + 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String credential = authorization.substring(7).strip();
        return credential.isEmpty() ? null : credential;
    }

    String kind() {
        return jwt ? "JWT" : "token";
    }

    /** The subject when {@code rule} accepts this credential; else empty, with a reason where one helps. */
    Optional<String> admittedBy(PolicyRule rule, PolicyCache.Loaded policy, List<String> reasons) {
        String which = "rule '" + rule.name() + "' of '" + policy.policy().name() + "'";
        if (rule instanceof TokenRule token) {
            if (jwt || !Tokens.matches(digest, token.sha256())) {
                return Optional.empty();
            }
            if (token.expiredAt(now)) {
                reasons.add(which + ": the token expired at " + token.expires());
                return Optional.empty();
            }
            return Optional.of("token:" + token.name());
        }
        KeyRule key = (KeyRule) rule;
        if (!jwt) {
            return Optional.empty();
        }
        String broken = policy.broken().get(key.name());
        if (broken != null) {
            reasons.add(which + ": " + broken);
            return Optional.empty();
        }
        Verdict verdict = VERIFIER.verify(text, policy.keys().get(key.name()), new Expectations(
                Optional.ofNullable(key.issuer()), Optional.ofNullable(key.audience()), SKEW), now);
        if (verdict instanceof Verdict.Refused refused) {
            reasons.add(which + ": " + refused.reason());
            return Optional.empty();
        }
        return Optional.of(((Verdict.Valid) verdict).subject().filter(sub -> !sub.isEmpty())
                .orElse("jwt:" + key.name()));
    }
}
