package dev.conductor.agent.cli;

import dev.conductor.agent.policy.KeyRule;
import dev.conductor.agent.policy.Policy;
import dev.conductor.agent.policy.PolicyRule;
import dev.conductor.agent.policy.TokenRule;
import java.time.Instant;
import java.util.List;

/** {@code policy show}: a policy's rules as rows, without the tokens' digests. */
final class PolicyRows {

    /** One rule; {@code detail} is a token's creation and expiry, or a key's file, issuer and audience. */
    record Row(String name, String type, List<String> authorizations, String state, String detail) {}

    private PolicyRows() {}

    static List<Row> of(Policy policy, Instant now) {
        return policy.rules().stream().map(rule -> row(rule, now)).toList();
    }

    private static Row row(PolicyRule rule, Instant now) {
        if (rule instanceof TokenRule token) {
            boolean expired = token.expires() != null && !now.isBefore(token.expires());
            return new Row(token.name(), "token", token.authorizations(), expired ? "expired" : "active",
                    "created " + token.created() + (token.expires() == null ? "" : ", expires " + token.expires()));
        }
        KeyRule key = (KeyRule) rule;
        return new Row(key.name(), "jwt", key.authorizations(), "active", key.keyFile()
                + (key.issuer() == null ? "" : ", iss " + key.issuer())
                + (key.audience() == null ? "" : ", aud " + key.audience()));
    }
}
