package dev.conductor.console.ssh;

/** The SSH connection could not be made or broke: the message names the destination and why. */
public class SshTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SshTransportException(String message) {
        super(message);
    }

    public SshTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
