package dev.conductor.agent.command;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** A command cannot be run: unknown, not allowed in the context asked for, or no deployment to run in. */
public class CommandException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public CommandException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
