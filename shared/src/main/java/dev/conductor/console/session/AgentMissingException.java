package dev.conductor.console.session;

/**
 * The host has no agent to run: the shell could not find or execute the command. The console
 * offers to install it (bootstrap).
 */
public final class AgentMissingException extends AgentSessionException {

    private static final long serialVersionUID = 1L;

    public AgentMissingException(String message) {
        super(message);
    }
}
