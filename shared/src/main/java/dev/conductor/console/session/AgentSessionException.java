package dev.conductor.console.session;

/** The agent session could not be opened or broke; the message names the host and command. */
public class AgentSessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgentSessionException(String message) {
        super(message);
    }

    public AgentSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
