package dev.conductor.agent.fleet.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.nats.BucketSpec;
import dev.conductor.agent.fleet.nats.KvEntry;
import dev.conductor.agent.fleet.nats.KvStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each fleet service is placed, one KV entry per service in {@value #BUCKET}. A decision is
 * written with the revision it was made from (compare-and-set): of two agents deciding for the
 * same service at once, one wins and the other decides again from what won. No election, no lock
 * holder to lose.
 */
public final class PlacementBoard {

    public static final String BUCKET = "conductor-placements";

    private final KvStore kv;

    public PlacementBoard(KvStore kv) {
        this.kv = kv;
    }

    public void ensure(int replicas) {
        kv.ensureBucket(new BucketSpec(BUCKET, replicas, Duration.ZERO));
    }

    /**
     * @param hosts where the service runs, in name order
     * @param revision the KV revision, for {@link #decide}
     */
    public record Entry(String service, List<String> hosts, String decidedBy, Instant decidedAt, long revision) {

        public Entry {
            hosts = List.copyOf(hosts);
        }
    }

    private record Stored(List<String> hosts, String decidedBy, Instant decidedAt) {}

    /** Every service's placement, by service name. */
    public Map<String, Entry> all() {
        Map<String, Entry> entries = new TreeMap<>();
        for (String service : kv.keys(BUCKET)) {
            kv.get(BUCKET, service).map(PlacementBoard::read).ifPresent(entry -> entries.put(service, entry));
        }
        return entries;
    }

    /**
     * Writes a decision made from {@code from} (empty when the service had no placement).
     *
     * @return false when another decision came first; nothing was written
     */
    public boolean decide(String service, List<String> hosts, Optional<Entry> from, String by, Instant at) {
        byte[] value = write(new Stored(hosts, by, at));
        Optional<Long> written = from.isEmpty() ? kv.create(BUCKET, service, value)
                : kv.update(BUCKET, service, value, from.get().revision());
        return written.isPresent();
    }

    public void forget(String service) {
        kv.delete(BUCKET, service);
    }

    private static Entry read(KvEntry entry) {
        try {
            Stored stored = JsonFiles.MAPPER.readValue(entry.value(), Stored.class);
            return new Entry(entry.key(), stored.hosts(), stored.decidedBy(), stored.decidedAt(), entry.revision());
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "placement '" + entry.key() + "' in " + BUCKET
                    + " is not a placement record: " + e.getMessage(), e);
        }
    }

    private static byte[] write(Stored stored) {
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a placement always serializes", e);
        }
    }
}
