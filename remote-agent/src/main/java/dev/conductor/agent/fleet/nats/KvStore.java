package dev.conductor.agent.fleet.nats;

import java.util.List;
import java.util.Optional;

/**
 * Port to the fleet's key-value buckets (NATS JetStream KV): only what the fleet needs. Membership,
 * replication and consensus are the server's; compare-and-set is {@link #create} and {@link #update}.
 */
public interface KvStore {

    /**
     * Creates the bucket, or updates its max age and raises its replicas when it exists with others; it
     * never lowers the replicas (an agent that restarts must not undo what the cluster grew to).
     */
    void ensureBucket(BucketSpec spec);

    /** The key's current value; empty when it was never set, was deleted, or aged out. */
    Optional<KvEntry> get(String bucket, String key);

    /** Sets the value whatever it was; the new revision. */
    long put(String bucket, String key, byte[] value);

    /** Sets the value only if the key has none; the new revision, or empty when it already had one. */
    Optional<Long> create(String bucket, String key, byte[] value);

    /** Sets the value only if the key is still at {@code expectedRevision}; empty when it moved on. */
    Optional<Long> update(String bucket, String key, byte[] value, long expectedRevision);

    /** Deletes the key; deleting a missing key is no error. */
    void delete(String bucket, String key);

    /** The keys that have a value now, sorted. */
    List<String> keys(String bucket);
}
