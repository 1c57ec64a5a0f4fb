package dev.conductor.sandbox;

import java.util.List;

/** A command exited with a non-zero code where success was required. */
public class SandboxCommandException extends SandboxException {

    private static final long serialVersionUID = 1L;
    static final int STDERR_TAIL_LINES = 15;

    private final List<String> command;
    private final transient ExecResult result;

    /**
     * @param where where the command ran, for the message ("sandbox host web-1", "this machine")
     * @param command the command and its arguments
     * @param result what it left behind
     */
    public SandboxCommandException(String where, List<String> command, ExecResult result) {
        super(message(where, command, result));
        this.command = List.copyOf(command);
        this.result = result;
    }

    /** @return the command and its arguments */
    public List<String> command() {
        return command;
    }

    /** @return the failed command's exit code and output */
    public ExecResult result() {
        return result;
    }

    private static String message(String where, List<String> command, ExecResult result) {
        String tail = result.stderrTail(STDERR_TAIL_LINES);
        return "Command " + Commands.quote(command) + " in " + where + " exited with " + result.exitCode()
                + (tail.isEmpty() ? " and wrote nothing to stderr" : "; stderr (last lines):\n" + tail);
    }
}
