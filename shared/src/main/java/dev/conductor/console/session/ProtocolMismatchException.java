package dev.conductor.console.session;

import dev.conductor.protocol.Hello;

/** The agent speaks a protocol version this console does not; the session was closed. */
public final class ProtocolMismatchException extends AgentSessionException {

    private static final long serialVersionUID = 1L;
    private final Hello agentHello;

    public ProtocolMismatchException(String message, Hello agentHello) {
        super(message);
        this.agentHello = agentHello;
    }

    /** What the agent said: its protocol and version, to tell which side to upgrade. */
    public Hello agentHello() {
        return agentHello;
    }
}
