package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a request's bearer credential admits it to something that needs
 * {@code requirements}: any requirement met admits. A static token is matched by its digest,
 * a JWT (three dot-separated parts) is verified against each key rule. The reasons say which
 * rule refused and why, for the journal; they never hold the credential.
 */
public final class Gate {

    private final PolicyCache cache;
    private final Clock clock;

    Gate(PolicyCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    public static Gate of(PolicyStore store) {
        return new Gate(new PolicyCache(store, System::nanoTime), Clock.systemUTC());
    }

    /** @param authorization the request's {@code Authorization} header, null when it had none */
    public Decision decide(List<Requirement> requirements, String authorization) {
        String credential = Credential.bearer(authorization);
        if (credential == null) {
            return Decision.unauthorized(authorization == null ? "no Authorization header" : "not a Bearer credential");
        }
        Credential presented = Credential.of(credential, clock.instant());
        List<String> reasons = new ArrayList<>();
        boolean known = false;
        for (Requirement requirement : requirements) {
            Optional<PolicyCache.Loaded> policy = load(requirement.policy(), reasons);
            if (policy.isEmpty()) {
                continue;
            }
            for (PolicyRule rule : policy.get().policy().rules()) {
                Optional<String> subject = presented.admittedBy(rule, policy.get(), reasons);
                if (subject.isEmpty()) {
                    continue;
                }
                String which = "rule '" + rule.name() + "' of '" + requirement.policy() + "'";
                if (rule.grants(requirement.authorization())) {
                    return Decision.admit(subject.get(), requirement.toString(), which + " admits " + subject.get());
                }
                known = true;
                reasons.add(which + " does not grant '" + requirement.authorization() + "'");
            }
        }
        if (!known) {
            reasons.add("no rule of " + requirements + " accepts the " + presented.kind());
        }
        String why = String.join("; ", reasons);
        return known ? Decision.forbidden(why) : Decision.unauthorized(why);
    }

    private Optional<PolicyCache.Loaded> load(String name, List<String> reasons) {
        try {
            Optional<PolicyCache.Loaded> policy = cache.get(name);
            if (policy.isEmpty()) {
                reasons.add("no policy '" + name + "'");
            }
            return policy;
        } catch (ConductorException e) {
            reasons.add("policy '" + name + "' is broken: " + e.getMessage());
            return Optional.empty();
        }
    }
}
