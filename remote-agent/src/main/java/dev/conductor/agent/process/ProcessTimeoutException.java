package dev.conductor.agent.process;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.time.Duration;

/** A process outlived its timeout and was killed, with its whole process tree. */
public class ProcessTimeoutException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public ProcessTimeoutException(ProcessSpec spec, Duration timeout, String stderrSoFar) {
        super(ErrorKind.FAILED, "'" + spec.display() + "' timed out after " + timeout.toSeconds() + " s and was killed"
                + (stderrSoFar.isBlank() ? "" : "; stderr: " + stderrSoFar.strip()));
    }
}
