package dev.conductor.agent.process;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** The program could not be started: not found, not executable, or a bad working directory. */
public class ProcessStartException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public ProcessStartException(ProcessSpec spec, Throwable cause) {
        super(ErrorKind.FAILED, "cannot start '" + spec.display() + "'"
                + (spec.workingDirectory() == null ? "" : " in " + spec.workingDirectory())
                + ": " + cause.getMessage(), cause);
    }
}
