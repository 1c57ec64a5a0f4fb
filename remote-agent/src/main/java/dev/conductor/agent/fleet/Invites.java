package dev.conductor.agent.fleet;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.nats.KvEntry;
import dev.conductor.agent.fleet.nats.KvStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One-time invites in {@value FleetBuckets#INVITES}: the key is the SHA-256 of the secret, the value
 * its expiry. Using one is a compare-and-set on its revision, so two joiners with the same invite
 * cannot both get in.
 */
public final class Invites {

    static final Duration MAX_TTL = Duration.ofHours(24);

    private final KvStore kv;
    private final Clock clock;

    public Invites(KvStore kv, Clock clock) {
        this.kv = kv;
        this.clock = clock;
    }

    /** A new invite to this host's cluster: seeds are this server and every alive peer's. */
    public Invite issue(ClusterPaths paths, ClusterSettings settings, Duration ttl) {
        List<String> seeds = new java.util.ArrayList<>(List.of(settings.clientAddress()));
        new Peers(kv, clock).list().stream().filter(p -> p.state().equals(PeerRow.ALIVE))
                .map(p -> p.address() + ":" + ClusterSettings.CLIENT_PORT).filter(a -> !seeds.contains(a))
                .forEach(seeds::add);
        return create(settings, ClusterSettings.caPem(paths), seeds, ttl);
    }

    Invite create(ClusterSettings settings, String caPem, List<String> seeds, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "invite lifetime " + ttl + " is not between 1 s and 24 h");
        }
        String secret = Secrets.newSecret();
        Instant expires = clock.instant().plus(ttl);
        kv.put(FleetBuckets.INVITES, Secrets.sha256Hex(secret), expires.toString().getBytes(StandardCharsets.UTF_8));
        return new Invite(1, settings.clusterName(), seeds, caPem, settings.joinPassword(), secret, expires);
    }

    /** Uses up an invite; empty when it is fine, else why not. */
    Optional<String> consume(String secret) {
        String key = Secrets.sha256Hex(secret == null ? "" : secret);
        Optional<KvEntry> entry = kv.get(FleetBuckets.INVITES, key);
        if (entry.isEmpty()) {
            return Optional.of("unknown or already used invite");
        }
        String value = new String(entry.get().value(), StandardCharsets.UTF_8);
        if (value.equals("used")) {
            return Optional.of("invite already used");
        }
        if (kv.update(FleetBuckets.INVITES, key, "used".getBytes(StandardCharsets.UTF_8), entry.get().revision())
                .isEmpty()) {
            return Optional.of("invite already used");
        }
        if (Instant.parse(value).isBefore(clock.instant())) {
            return Optional.of("invite expired at " + value);
        }
        return Optional.empty();
    }

    static byte[] json(Object value) {
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
