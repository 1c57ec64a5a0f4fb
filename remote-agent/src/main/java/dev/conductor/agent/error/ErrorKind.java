package dev.conductor.agent.error;

import dev.conductor.spec.load.ServiceFileException;

/**
 * What went wrong, as far as a caller can act on it. The CLI maps a kind to its exit code and
 * {@code serve} to a protocol error code, each in one place.
 */
public enum ErrorKind {
    /** Anything else: the message says what and why. */
    FAILED,
    /** The request or arguments are malformed. */
    BAD_REQUEST,
    /** The named service or deployment does not exist. */
    NOT_FOUND,
    /** A service file cannot be read or is invalid. */
    BAD_SERVICE_FILE,
    /** A deploy or rollback failed; the previous deployment, if any, still serves. */
    DEPLOY_FAILED;

    /**
     * The kind of any error: a {@link ConductorException}'s own, {@link #BAD_SERVICE_FILE} for
     * {@link ServiceFileException} (it lives in {@code shared}, below the agent), else {@link #FAILED}.
     */
    public static ErrorKind of(Throwable error) {
        if (error instanceof ConductorException conductor) {
            return conductor.kind();
        }
        return error instanceof ServiceFileException ? BAD_SERVICE_FILE : FAILED;
    }
}
