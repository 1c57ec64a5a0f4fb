package dev.conductor.agent.install;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** {@code system install} or {@code uninstall} cannot go on; the message says why and what to do. */
public class InstallException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public InstallException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
