package dev.conductor.agent.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy, {@code policies/NAME/policy.json}: rules, any of which admits a request.
 *
 * @param directory where its file and key files are
 */
public record Policy(String name, Path directory, List<PolicyRule> rules) {

    /** What {@code policy.json} holds. */
    record File(List<PolicyRule> rules) {}

    public Policy {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Optional<PolicyRule> rule(String ruleName) {
        return rules.stream().filter(rule -> rule.name().equals(ruleName)).findFirst();
    }

    Policy with(PolicyRule rule) {
        List<PolicyRule> changed = new ArrayList<>(rules);
        changed.add(rule);
        return new Policy(name, directory, changed);
    }

    Policy without(String ruleName) {
        return new Policy(name, directory, rules.stream().filter(rule -> !rule.name().equals(ruleName)).toList());
    }
}
