package dev.conductor.console.session;

/**
 * A request reached the agent's pipe but the session ended before its answer: it may or may not
 * have been carried out. Never replay it blindly; show the user that its outcome is unknown and
 * let the fresh state (after reconnecting) tell.
 */
public final class OutcomeUnknownException extends AgentSessionException {

    private static final long serialVersionUID = 1L;
    private final String requestId;
    private final String method;

    public OutcomeUnknownException(String requestId, String method, String where, String why) {
        super("request " + requestId + " (" + method + ") was sent to " + where + " but " + why
                + " before an answer: its outcome is unknown");
        this.requestId = requestId;
        this.method = method;
    }

    public String requestId() {
        return requestId;
    }

    public String method() {
        return method;
    }
}
