package dev.conductor.agent.proxy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** Proxy snippets could not be read, registered or removed; the message says which and why. */
public class ProxyException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public ProxyException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public ProxyException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
