package dev.conductor.agent.fleet;

import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.nats.NatsEndpoint;
import dev.conductor.agent.fleet.nats.NatsException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** Waits until a server answers and JetStream can create a bucket: the meta leader is elected. */
final class Readiness {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Readiness() {}

    /** A connection on which {@code probe} passed; a {@link FleetException} naming the servers after the timeout. */
    static JnatsFleet await(NatsEndpoint endpoint, String what, Consumer<JnatsFleet> probe) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        NatsException last = null;
        while (Instant.now().isBefore(deadline)) {
            JnatsFleet fleet = null;
            try {
                fleet = JnatsFleet.connect(endpoint);
                probe.accept(fleet);
                return fleet;
            } catch (NatsException e) {
                last = e;
                if (fleet != null) {
                    fleet.close();
                }
                pause();
            }
        }
        throw new FleetException("NATS at " + endpoint.servers() + " not ready after " + TIMEOUT.toSeconds()
                + " s (expected " + what + "): "
                + (last == null ? "no attempt" : last.getMessage()), last);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FleetException("interrupted while waiting for NATS", e);
        }
    }
}
