package dev.conductor.agent.install;

/** {@code system install} or {@code uninstall} cannot go on; the message says why and what to do. */
public class InstallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }

    public InstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
