package dev.conductor.agent.podman;

/** Podman refused or failed an operation; the message quotes Podman's own error. */
public class PodmanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PodmanException(String message) {
        super(message);
    }

    public PodmanException(String message, Throwable cause) {
        super(message, cause);
    }
}
