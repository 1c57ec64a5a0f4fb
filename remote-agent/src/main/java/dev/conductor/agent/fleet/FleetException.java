package dev.conductor.agent.fleet;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** The fleet refused or failed: a bad invite, a cluster already set up, a server that never answered. */
public class FleetException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public FleetException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public FleetException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
