package dev.conductor.agent.error;

import dev.conductor.agent.mask.SecretMask;
import java.util.Objects;

/**
 * The root of the agent's domain exceptions: an unchecked exception with a message that quotes
 * the bad input, and an {@link ErrorKind} that callers map to exit and protocol codes, so that no
 * one has to read the message to tell a missing deployment from a failed one.
 */
public class ConductorException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ErrorKind kind;

    public ConductorException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ConductorException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The message with every secret value masked: failure reasons quote templates' output. */
    @Override
    public String getMessage() {
        return SecretMask.apply(super.getMessage());
    }

    public ErrorKind kind() {
        return kind;
    }
}
