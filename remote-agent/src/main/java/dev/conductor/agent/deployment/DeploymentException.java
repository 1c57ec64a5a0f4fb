package dev.conductor.agent.deployment;

/** A deployment could not be started, stopped or found; the message says which and why. */
public class DeploymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeploymentException(String message) {
        super(message);
    }

    public DeploymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
