package dev.conductor.agent.deployment;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.nio.file.Path;

/** A deployment could not be started, stopped or found; the message says which and why. */
public class DeploymentException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public DeploymentException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public DeploymentException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }

    private DeploymentException(ErrorKind kind, String message) {
        super(kind, message);
    }

    /** No deployment of that name under {@code root}; of kind {@link ErrorKind#NOT_FOUND}. */
    public static DeploymentException notFound(String name, Path root) {
        return new DeploymentException(ErrorKind.NOT_FOUND, "no deployment '" + name + "' in " + root);
    }
}
