package dev.conductor.agent.fleet;

import dev.conductor.agent.fleet.nats.BucketSpec;
import java.time.Duration;

/**
 * The fleet's KV buckets. A peer heartbeats every {@link #HEARTBEAT}; it is missing when its last
 * beat is older than {@link #MISSING_AFTER}, and forgotten when the bucket's max age drops it.
 */
public final class FleetBuckets {

    static final String PEERS = "conductor-peers";
    /**
     * Core NATS subject on which {@code fleet push} and {@code fleet rm} say the services changed:
     * every agent then runs its round at once instead of at its next heartbeat. A lost signal only
     * costs that wait.
     */
    public static final String CHANGED = "conductor.fleet.changed";
    static final Duration HEARTBEAT = Duration.ofSeconds(3);
    static final Duration MISSING_AFTER = Duration.ofSeconds(12);
    static final Duration PEERS_MAX_AGE = Duration.ofMinutes(10);

    private FleetBuckets() {}

    static BucketSpec peers(int replicas) {
        return new BucketSpec(PEERS, replicas, PEERS_MAX_AGE);
    }
}
