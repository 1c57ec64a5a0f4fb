package dev.conductor.console.bootstrap;

/** The agent could not be installed on a host: no suitable Java, a failed upload or install. */
public class AgentInstallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgentInstallException(String message) {
        super(message);
    }

    public AgentInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
