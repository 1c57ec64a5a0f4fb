package dev.conductor.console.link;

/** A connection attempt failed; says whether a later retry may succeed. */
public class LinkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public LinkFailedException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
