package dev.conductor.agent.fleet.nats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link KvStore} for unit tests of the fleet's logic; it keeps the contract's rules. */
public final class MemoryKvStore implements KvStore {

    private final Clock clock;
    private final Map<String, Duration> maxAges = new HashMap<>();
    private final Map<String, Map<String, KvEntry>> buckets = new HashMap<>();
    private long revision;

    public MemoryKvStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void ensureBucket(BucketSpec spec) {
        maxAges.put(spec.name(), spec.maxAge());
        buckets.computeIfAbsent(spec.name(), name -> new HashMap<>());
    }

    @Override
    public synchronized Optional<KvEntry> get(String bucket, String key) {
        KvEntry entry = bucket(bucket).get(key);
        Duration maxAge = maxAges.get(bucket);
        if (entry != null && !maxAge.isZero() && entry.created().plus(maxAge).isBefore(clock.instant())) {
            bucket(bucket).remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }

    @Override
    public synchronized long put(String bucket, String key, byte[] value) {
        KvEntry entry = new KvEntry(key, value, ++revision, Instant.now(clock));
        bucket(bucket).put(key, entry);
        return entry.revision();
    }

    @Override
    public synchronized Optional<Long> create(String bucket, String key, byte[] value) {
        return get(bucket, key).isPresent() ? Optional.empty() : Optional.of(put(bucket, key, value));
    }

    @Override
    public synchronized Optional<Long> update(String bucket, String key, byte[] value, long expectedRevision) {
        Optional<KvEntry> now = get(bucket, key);
        return now.isEmpty() || now.get().revision() != expectedRevision ? Optional.empty()
                : Optional.of(put(bucket, key, value));
    }

    @Override
    public synchronized void delete(String bucket, String key) {
        bucket(bucket).remove(key);
    }

    @Override
    public synchronized List<String> keys(String bucket) {
        return List.copyOf(bucket(bucket).keySet()).stream().filter(key -> get(bucket, key).isPresent()).sorted()
                .toList();
    }

    private Map<String, KvEntry> bucket(String name) {
        Map<String, KvEntry> bucket = buckets.get(name);
        if (bucket == null) {
            throw new BucketMissingException("no bucket " + name, null);
        }
        return bucket;
    }
}
