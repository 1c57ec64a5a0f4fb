package dev.conductor.agent.fleet.nats;

import java.time.Duration;
import java.util.function.UnaryOperator;

/** Port to NATS request and reply, for the few calls one agent makes of another (joining). */
public interface Requests {

    /** Sends a request and waits for the one reply; a {@link NatsException} when none comes in time. */
    byte[] request(String subject, byte[] body, Duration timeout);

    /** Answers requests on {@code subject} with {@code handler}'s result until the connection closes. */
    void serve(String subject, UnaryOperator<byte[]> handler);
}
