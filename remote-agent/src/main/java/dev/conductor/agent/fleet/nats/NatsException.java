package dev.conductor.agent.fleet.nats;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** NATS could not be reached or refused an operation; the message names the server, bucket or key. */
public class NatsException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public NatsException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public NatsException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
