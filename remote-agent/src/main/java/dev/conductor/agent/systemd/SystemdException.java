package dev.conductor.agent.systemd;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** systemd refused or failed an operation on a unit; the message names the unit and says why. */
public class SystemdException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public SystemdException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public SystemdException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
