package dev.conductor.agent.daemon;

/** A request the agent's socket refuses, with the HTTP status it answers. */
final class BadHttpException extends RuntimeException {

    private final int status;

    BadHttpException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
