package dev.conductor.agent.policy;

/**
 * What the gate decided about a request: 200 with who it is and which requirement admitted it,
 * else 401 (no credential any rule accepts) or 403 (accepted, but not granted what is needed).
 *
 * @param subject the token rule's name as {@code token:NAME}, or the JWT's {@code sub}
 * @param policy the requirement that admitted it, {@code POLICY} or {@code POLICY/AUTHORIZATION}
 * @param reason for the journal and {@code policy test}: which rule said what; never the credential
 */
public record Decision(int status, String subject, String policy, String reason) {

    public boolean admitted() {
        return status == 200;
    }

    static Decision admit(String subject, String policy, String reason) {
        return new Decision(200, subject, policy, reason);
    }

    static Decision unauthorized(String reason) {
        return new Decision(401, "", "", reason);
    }

    static Decision forbidden(String reason) {
        return new Decision(403, "", "", reason);
    }
}
