package dev.conductor.agent.deploy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** A deploy or rollback could not be done; the previous deployment, if any, still serves. */
public class DeployException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(ErrorKind.DEPLOY_FAILED, message);
    }

    public DeployException(String message, Throwable cause) {
        super(ErrorKind.DEPLOY_FAILED, message, cause);
    }
}
