package dev.conductor.agent.deploy;

/** A deploy or rollback could not be done; the previous deployment, if any, still serves. */
public class DeployException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
