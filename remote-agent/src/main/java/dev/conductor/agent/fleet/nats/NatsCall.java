package dev.conductor.agent.fleet.nats;

import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** One JetStream call of the adapters, its failures turned into {@link NatsException}s naming what was tried, once. */
final class NatsCall {

    /** JetStream's error code for a stream (a bucket, an object store) that does not exist. */
    static final int STREAM_NOT_FOUND = 10059;
    /**
     * "JetStream system temporarily unavailable": the request was not taken, typically while the
     * servers elect a leader again after one left or came back. Worth asking again, for a while.
     */
    static final int TEMPORARILY_UNAVAILABLE = 10008;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private NatsCall() {}

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * @param patience how long to ask again while JetStream is temporarily unavailable: an
     *     operator's command waits through an election, the agent's heartbeat just tries next time
     *     (and a lone first server, which runs no JetStream at all, must fail fast)
     */
    static <T> T run(String server, String what, Duration patience, Work<T> work) {
        return mapped(server, what, retrying(work, patience));
    }

    private static <T> Work<T> retrying(Work<T> work, Duration patience) {
        return () -> {
            Instant deadline = Instant.now().plus(patience);
            while (true) {
                try {
                    return work.run();
                } catch (JetStreamApiException e) {
                    if (e.getApiErrorCode() != TEMPORARILY_UNAVAILABLE || Instant.now().isAfter(deadline)) {
                        throw e;
                    }
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        };
    }

    private static <T> T mapped(String server, String what, Work<T> work) {
        try {
            return work.run();
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() == STREAM_NOT_FOUND) {
                throw missing(server, what, e);
            }
            throw new NatsException("NATS at " + server + " refused to " + what + ": " + e.getErrorDescription()
                    + " (" + e.getApiErrorCode() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NatsException("interrupted while trying to " + what, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof NatsException nats) {
                throw nats;
            }
            if (e.getCause() instanceof JetStreamApiException api && api.getApiErrorCode() == STREAM_NOT_FOUND) {
                throw missing(server, what, e);
            }
            throw new NatsException("cannot " + what + " on NATS at " + server + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new NatsException("cannot " + what + " on NATS at " + server + ": " + e.getMessage(), e);
        }
    }

    private static BucketMissingException missing(String server, String what, Exception cause) {
        return new BucketMissingException("NATS at " + server + " has no such bucket, cannot " + what, cause);
    }
}
