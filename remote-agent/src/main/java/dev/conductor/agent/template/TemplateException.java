package dev.conductor.agent.template;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** A template could not produce its document; the message names the template, the context and why. */
public class TemplateException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(ErrorKind.FAILED, message);
    }

    public TemplateException(String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
    }
}
