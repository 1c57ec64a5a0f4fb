package dev.conductor.console.ssh;

/** The host accepted none of the keys offered; the message lists what was offered and skipped. */
public final class AuthenticationFailedException extends SshTransportException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
