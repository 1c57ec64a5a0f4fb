package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of {@code service.wait}, and of the agent's {@code service wait} and {@code GET /v1/wait_for}.
 *
 * @param status how the wait ended: {@code stable}, {@code failed}, {@code superseded}, {@code stopped} or {@code timeout}
 * @param revision the revision waited for
 * @param state the deploy state label when it ended
 * @param reason why, for operators
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitResult(String status, String service, int revision, String state, String reason) {

    public boolean stable() {
        return "stable".equals(status);
    }
}
