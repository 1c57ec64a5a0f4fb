package dev.conductor.agent.fleet.nats;

import io.nats.client.JetStreamApiException;
import java.io.IOException;

/** One JetStream call of the adapters, its failures turned into {@link NatsException}s naming what was tried, once. */
final class NatsCall {

    /** JetStream's error code for a stream (a bucket, an object store) that does not exist. */
    static final int STREAM_NOT_FOUND = 10059;

    private NatsCall() {}

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    static <T> T run(String server, String what, Work<T> work) {
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
