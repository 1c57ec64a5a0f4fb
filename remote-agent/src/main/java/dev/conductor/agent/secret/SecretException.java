package dev.conductor.agent.secret;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** A secret that cannot be set, read or found; the message names the service and key, never the value. */
public final class SecretException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public SecretException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public SecretException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }

    /** A secret the service declares but nobody set. */
    public static SecretException notSet(String service, String key) {
        return new SecretException(ErrorKind.FAILED, "secret '" + key + "' of service '" + service
                + "' is not set; set it with: conductor-agent secret set " + service + " " + key);
    }
}
