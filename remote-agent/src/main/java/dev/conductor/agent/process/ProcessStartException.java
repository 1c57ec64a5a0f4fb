package dev.conductor.agent.process;

/** The program could not be started: not found, not executable, or a bad working directory. */
public class ProcessStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProcessStartException(ProcessSpec spec, Throwable cause) {
        super("cannot start '" + spec.display() + "'"
                + (spec.workingDirectory() == null ? "" : " in " + spec.workingDirectory())
                + ": " + cause.getMessage(), cause);
    }
}
