package dev.conductor.agent.hook;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.HookWhen;
import java.util.OptionalInt;

/** A hook failed to start, exited non-zero or timed out; the message names the hook and quotes its output. */
public class HookFailedException extends ConductorException {

    private static final long serialVersionUID = 1L;
    private final String hookId;
    private final HookWhen when;
    private final Integer exitCode;

    HookFailedException(String hookId, HookWhen when, Integer exitCode, String message, Throwable cause) {
        super(ErrorKind.FAILED, message, cause);
        this.hookId = hookId;
        this.when = when;
        this.exitCode = exitCode;
    }

    public String hookId() {
        return hookId;
    }

    public HookWhen when() {
        return when;
    }

    /** The exit code, or empty when the hook did not start or was killed after its timeout. */
    public OptionalInt exitCode() {
        return exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }
}
