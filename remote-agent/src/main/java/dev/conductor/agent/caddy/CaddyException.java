package dev.conductor.agent.caddy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** Caddy refused a request or could not be reached; the message quotes Caddy's own error. */
public class CaddyException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public CaddyException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public CaddyException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
