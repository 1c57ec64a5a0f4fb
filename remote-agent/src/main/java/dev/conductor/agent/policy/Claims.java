package dev.conductor.agent.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of a verified token's claims (RFC 7519 section 4.1): times, issuer and audience. */
final class Claims {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Claims() {
    }

    static Verdict.Valid check(byte[] payload, Expectations expect, Instant now) throws Refusal {
        JsonNode claims = CompactJws.object(payload, "payload");
        checkTimes(claims, expect, now);
        Optional<String> issuer = text(claims, "iss");
        if (expect.issuer().isPresent() && !expect.issuer().equals(issuer)) {
            throw new Refusal("wrong issuer");
        }
        List<String> audience = audience(claims.get("aud"));
        if (expect.audience().isPresent() && !audience.contains(expect.audience().get())) {
            throw new Refusal("wrong audience");
        }
        return new Verdict.Valid(text(claims, "sub"), issuer, audience, CompactJws.JSON.convertValue(claims, MAP));
    }

    private static void checkTimes(JsonNode claims, Expectations expect, Instant now) throws Refusal {
        BigDecimal seconds = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9));
        BigDecimal skew = BigDecimal.valueOf(expect.clockSkew().toMillis(), 3);
        Optional<BigDecimal> exp = numericDate(claims, "exp");
        if (exp.isPresent() && seconds.compareTo(exp.get().add(skew)) >= 0) {
            throw new Refusal("expired");
        }
        Optional<BigDecimal> nbf = numericDate(claims, "nbf");
        if (nbf.isPresent() && seconds.compareTo(nbf.get().subtract(skew)) < 0) {
            throw new Refusal("not yet valid");
        }
    }

    private static Optional<BigDecimal> numericDate(JsonNode claims, String name) throws Refusal {
        JsonNode value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw Refusal.malformed(name + " is not a number");
        }
        return Optional.of(value.decimalValue());
    }

    private static Optional<String> text(JsonNode claims, String name) throws Refusal {
        JsonNode value = claims.get(name);
        if (value != null && !value.isTextual()) {
            throw Refusal.malformed(name + " is not a string");
        }
        return Optional.ofNullable(value).map(JsonNode::asText);
    }

    private static List<String> audience(JsonNode aud) throws Refusal {
        if (aud == null) {
            return List.of();
        }
        if (aud.isTextual()) {
            return List.of(aud.asText());
        }
        if (!aud.isArray()) {
            throw Refusal.malformed("aud is neither a string nor an array");
        }
        List<String> audience = new ArrayList<>();
        for (JsonNode each : aud) {
            if (!each.isTextual()) {
                throw Refusal.malformed("aud holds a value that is not a string");
            }
            audience.add(each.asText());
        }
        return audience;
    }
}
