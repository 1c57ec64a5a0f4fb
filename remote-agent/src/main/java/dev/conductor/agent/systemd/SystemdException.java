package dev.conductor.agent.systemd;

/** systemd refused or failed an operation on a unit; the message names the unit and says why. */
public class SystemdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SystemdException(String message) {
        super(message);
    }

    public SystemdException(String message, Throwable cause) {
        super(message, cause);
    }
}
