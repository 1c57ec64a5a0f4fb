package dev.conductor.agent.caddy;

/** Caddy refused a request or could not be reached; the message quotes Caddy's own error. */
public class CaddyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaddyException(String message) {
        super(message);
    }

    public CaddyException(String message, Throwable cause) {
        super(message, cause);
    }
}
