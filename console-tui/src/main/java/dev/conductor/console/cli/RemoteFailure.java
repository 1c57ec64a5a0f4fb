package dev.conductor.console.cli;

/** A remote action failed; carries the exit code the console should end with. */
final class RemoteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    RemoteFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
