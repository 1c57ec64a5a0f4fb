package dev.conductor.agent.fleet;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.nats.KvEntry;
import dev.conductor.agent.fleet.nats.KvStore;
import dev.conductor.agent.fleet.nats.NatsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Membership as the fleet sees it: heartbeats in {@value FleetBuckets#PEERS}, one key per host,
 * and the age of each (by the server's clock) tells alive from missing.
 */
public final class Peers {

    private final KvStore kv;
    private final Clock clock;

    public Peers(KvStore kv, Clock clock) {
        this.kv = kv;
        this.clock = clock;
    }

    public void beat(PeerRecord self) {
        try {
            kv.put(FleetBuckets.PEERS, key(self.host()), JsonFiles.MAPPER.writeValueAsBytes(self));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PeerRow> list() {
        List<String> keys;
        try {
            keys = kv.keys(FleetBuckets.PEERS);
        } catch (NatsException e) {
            throw new FleetException(ErrorKind.FAILED, "cannot read the peers (" + e.getMessage() + "); a first"
                    + " server alone runs no JetStream (nats-server 2.9): peers appear once a second server has"
                    + " joined ('cluster invite' here, 'cluster join' there)");
        }
        List<PeerRow> rows = new ArrayList<>();
        for (String key : keys) {
            kv.get(FleetBuckets.PEERS, key).map(this::row).ifPresent(rows::add);
        }
        return rows;
    }

    /** Forgets a host; if its agent still beats, it comes back at its next heartbeat. */
    public void remove(String host) {
        if (kv.get(FleetBuckets.PEERS, key(host)).isEmpty()) {
            throw new FleetException(ErrorKind.NOT_FOUND, "no peer '" + host + "' in the cluster");
        }
        kv.delete(FleetBuckets.PEERS, key(host));
    }

    private PeerRow row(KvEntry entry) {
        PeerRecord peer;
        try {
            peer = JsonFiles.MAPPER.readValue(entry.value(), PeerRecord.class);
        } catch (IOException e) {
            return new PeerRow(entry.key(), "", java.util.Map.of(), null, entry.created(), "unreadable", List.of());
        }
        boolean alive = entry.created().plus(FleetBuckets.MISSING_AFTER).isAfter(clock.instant());
        return new PeerRow(peer.host(), peer.address(), peer.labels(), peer.resources(), entry.created(),
                alive ? PeerRow.ALIVE : PeerRow.MISSING, peer.running());
    }

    static String key(String host) {
        if (!host.matches("[A-Za-z0-9][A-Za-z0-9-]{0,62}")) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "host name '" + host + "' is not a valid peer name");
        }
        return host;
    }

}
