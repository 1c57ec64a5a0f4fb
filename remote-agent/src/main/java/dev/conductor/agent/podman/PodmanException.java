package dev.conductor.agent.podman;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** Podman refused or failed an operation; the message quotes Podman's own error. */
public class PodmanException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public PodmanException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public PodmanException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
