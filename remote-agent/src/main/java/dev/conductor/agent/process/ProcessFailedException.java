package dev.conductor.agent.process;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;

/** A process exited with a non-zero code; the message names the command and quotes its output. */
public class ProcessFailedException extends ConductorException {

    private static final long serialVersionUID = 1L;
    private final transient ExecResult result;

    public ProcessFailedException(ExecResult result) {
        super(ErrorKind.FAILED, "'" + String.join(" ", result.command()) + "' exited with code " + result.exitCode()
                + tail(result.outputTail()));
        this.result = result;
    }

    public ExecResult result() {
        return result;
    }

    private static String tail(String output) {
        return output.isBlank() ? "" : ": " + output;
    }
}
