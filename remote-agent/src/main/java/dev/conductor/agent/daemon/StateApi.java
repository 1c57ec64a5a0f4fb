package dev.conductor.agent.daemon;

import java.time.Duration;

/** What the socket's read-only routes answer, supplied by the composition root. */
public interface StateApi {

    /** Every service's deploy state, as values Jackson writes. */
    Object state();

    /** Waits for a revision; the answer carries the HTTP status to send. */
    Answer waitFor(String service, Integer revision, Duration timeout) throws InterruptedException;

    /** An HTTP status and a body Jackson writes. */
    record Answer(int status, Object body) {}
}
