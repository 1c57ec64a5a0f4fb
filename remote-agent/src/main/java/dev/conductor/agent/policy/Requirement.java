package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/**
 * What a function needs, as its service file says it: {@code "ops"} for any rule of policy ops,
 * {@code "ops/deploy"} for a rule of ops that grants the authorization {@code deploy}.
 *
 * @param authorization null for any rule
 */
public record Requirement(String policy, String authorization) {

    public static Requirement parse(String text) {
        int slash = text.indexOf('/');
        String policy = slash < 0 ? text : text.substring(0, slash);
        String authorization = slash < 0 ? null : text.substring(slash + 1);
        if (authorization != null && (authorization.isEmpty() || authorization.contains("/"))) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "policy requirement '" + text
                    + "': expected POLICY or POLICY/AUTHORIZATION");
        }
        PolicyStore.checkName(policy);
        return new Requirement(policy, authorization);
    }

    @Override
    public String toString() {
        return authorization == null ? policy : policy + "/" + authorization;
    }
}
