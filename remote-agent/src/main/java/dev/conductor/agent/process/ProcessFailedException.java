package dev.conductor.agent.process;

/** A process exited with a non-zero code; the message names the command and quotes its output. */
public class ProcessFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient ExecResult result;

    public ProcessFailedException(ExecResult result) {
        super("'" + String.join(" ", result.command()) + "' exited with code " + result.exitCode()
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
