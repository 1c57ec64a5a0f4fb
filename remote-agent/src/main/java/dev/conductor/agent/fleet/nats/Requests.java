package dev.conductor.agent.fleet.nats;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Port to core NATS messages (no JetStream): request and reply for the few calls one agent makes of
 * another (joining), and signals that something changed (a push), which no one has to receive.
 */
public interface Requests {

    /** Sends a request and waits for the one reply; a {@link NatsException} when none comes in time. */
    byte[] request(String subject, byte[] body, Duration timeout);

    /** Answers requests on {@code subject} with {@code handler}'s result until the connection closes. */
    void serve(String subject, UnaryOperator<byte[]> handler);

    /** Sends a signal to whoever listens on {@code subject} now, and flushes it out. */
    void signal(String subject);

    /** Runs {@code onSignal} on a thread of its own for each signal on {@code subject}, until the connection closes. */
    void listen(String subject, Runnable onSignal);
}
