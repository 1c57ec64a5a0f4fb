package dev.conductor.agent.function;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** A function's program answered with something that is no response: the client gets a 502. */
public class BadGatewayException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public BadGatewayException(String message) {
        super(ErrorKind.FAILED, message);
    }
}
