package dev.conductor.agent.command;

/** A command cannot be run: unknown, not allowed in the context asked for, or no deployment to run in. */
public class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
