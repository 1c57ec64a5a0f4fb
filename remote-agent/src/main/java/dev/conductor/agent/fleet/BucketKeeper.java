package dev.conductor.agent.fleet;

import dev.conductor.agent.fleet.nats.JnatsFleet;
import java.util.function.Consumer;

/**
 * On the host that holds the CA: makes the fleet's buckets and object store once JetStream runs,
 * and raises their replicas to three as servers join, never lowering them. It runs apart from the
 * heartbeat, because stream changes can wait out JetStream timeouts while servers join, and a beat
 * held up that long would make this host look missing and lose its placements.
 */
final class BucketKeeper {

    private final Consumer<String> log;
    private int replicas;
    private String lastError = "";

    BucketKeeper(Consumer<String> log) {
        this.log = log;
    }

    /** @param servers the cluster's members as the last heartbeat counted them (0 before one succeeded) */
    void keep(JnatsFleet fleet, int servers) {
        try {
            if (replicas == 0) {
                fleet.ensureBucket(FleetBuckets.peers(1)); // fails until JetStream has a leader
                FleetServices.ensure(fleet, 1);
                replicas = 1;
            }
            int wanted = Math.min(3, servers);
            if (wanted > replicas) {
                fleet.ensureBucket(FleetBuckets.peers(wanted));
                FleetServices.ensure(fleet, wanted);
                log.accept("fleet: the fleet's buckets now kept on " + wanted + " servers");
                replicas = wanted;
            }
            lastError = "";
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.equals(lastError)) {
                log.accept("fleet: cannot make or grow the fleet's buckets yet: " + message);
                lastError = message;
            }
        }
    }
}
