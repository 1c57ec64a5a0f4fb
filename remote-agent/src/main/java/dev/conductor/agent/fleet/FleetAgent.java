package dev.conductor.agent.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The resident agent's part in the fleet, one {@link #tick} every {@link FleetBuckets#HEARTBEAT}:
 * nothing while this host is in no cluster; else it keeps one connection, writes this host's
 * heartbeat, and on the host that holds the CA answers joins and raises the buckets' replicas to
 * three as servers join. Failures are logged once per change and retried at the next tick.
 */
public final class FleetAgent {

    public static final java.time.Duration HEARTBEAT = FleetBuckets.HEARTBEAT;

    private final ClusterPaths paths;
    private final Path hostFile;
    private final Consumer<String> log;
    private final JoinDesk.Factory joins;
    private JnatsFleet fleet;
    private FleetServices services;
    private int replicas;
    private String lastError = "";

    public FleetAgent(ClusterPaths paths, Path hostFile, JoinDesk.Factory joins, Consumer<String> log) {
        this.paths = paths;
        this.hostFile = hostFile;
        this.joins = joins;
        this.log = log;
    }

    public void tick() {
        try {
            Optional<ClusterSettings> settings = ClusterSettings.read(paths);
            if (settings.isEmpty()) {
                return;
            }
            if (fleet == null) {
                fleet = JnatsFleet.connect(settings.get().agentEndpoint(paths));
                if (settings.get().signsJoins()) {
                    fleet.serve(JoinProtocol.SUBJECT, joins.desk(fleet, settings.get())::answer);
                }
                log.accept("fleet: connected to " + settings.get().clientAddress());
                services = new FleetServices(fleet, settings.get().serverName(), log);
            }
            if (settings.get().signsJoins() && replicas == 0) {
                fleet.ensureBucket(FleetBuckets.peers(1)); // fails until JetStream has a leader
                FleetServices.ensure(fleet, 1);
                replicas = 1;
            }
            Peers peers = new Peers(fleet, Clock.systemUTC());
            peers.beat(self(settings.get()));
            List<PeerRow> members = peers.list();
            if (settings.get().signsJoins()) {
                scaleBuckets(members.size());
            }
            lastError = "";
            services.tick(members);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.equals(lastError)) {
                log.accept("fleet: heartbeat failed: " + message + " (what runs here keeps running)");
                lastError = message;
            }
        }
    }

    private void scaleBuckets(int servers) {
        int wanted = Math.min(3, servers);
        if (wanted > replicas) {
            fleet.ensureBucket(FleetBuckets.peers(wanted));
            FleetServices.ensure(fleet, wanted);
            log.accept("fleet: " + FleetBuckets.PEERS + " now kept on " + wanted + " servers");
            replicas = wanted;
        }
    }

    private PeerRecord self(ClusterSettings settings) {
        HostIdentity host = HostIdentity.read(hostFile);
        return new PeerRecord(settings.serverName(), settings.address(), host.labels(), resources());
    }

    private JsonNode resources() {
        if (!Files.exists(hostFile)) {
            return null;
        }
        try {
            JsonNode resources = JsonFiles.MAPPER.readTree(hostFile.toFile()).get("resources");
            return resources == null || resources.isNull() ? null : resources;
        } catch (IOException e) {
            return null; // HostIdentity reports a broken host.json
        }
    }
}
