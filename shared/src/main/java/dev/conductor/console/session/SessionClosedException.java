package dev.conductor.console.session;

/** A request was not sent because the session had already ended: safe to send again later. */
public final class SessionClosedException extends AgentSessionException {

    private static final long serialVersionUID = 1L;

    public SessionClosedException(String message) {
        super(message);
    }
}
