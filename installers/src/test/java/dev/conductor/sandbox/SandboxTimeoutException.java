package dev.conductor.sandbox;

/** Something did not happen within its time limit; the message names what and where. */
public class SandboxTimeoutException extends SandboxException {

    private static final long serialVersionUID = 1L;

    public SandboxTimeoutException(String message) {
        super(message);
    }
}
