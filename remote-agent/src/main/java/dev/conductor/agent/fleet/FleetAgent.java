package dev.conductor.agent.fleet;

import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.schedule.Demands;
import dev.conductor.agent.fleet.schedule.PlacementBoard;
import dev.conductor.protocol.method.FleetResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The resident agent's part in the fleet, one {@link #tick} every {@link FleetBuckets#HEARTBEAT}:
 * nothing while this host is in no cluster; else it keeps one connection, writes this host's
 * heartbeat, and on the host that holds the CA answers joins; {@link #keepBuckets} makes the
 * buckets there. Failures are logged once per change and retried at the next tick. It
 * answers the consoles' {@code fleet} on the same connection.
 */
public final class FleetAgent {

    public static final java.time.Duration HEARTBEAT = FleetBuckets.HEARTBEAT;

    private final ClusterPaths paths;
    private final SelfRecord self;
    private final Consumer<String> log;
    private final JoinDesk.Factory joins;
    private volatile JnatsFleet fleet;
    private volatile int servers;
    private final BucketKeeper buckets;
    private FleetServices services;
    private volatile FleetOverview overview;
    private volatile String lastError = "";

    /** @param running the fleet services this host runs, for its heartbeat */
    public FleetAgent(ClusterPaths paths, Path hostFile, JoinDesk.Factory joins, Supplier<List<RunningService>> running,
            Consumer<String> log) {
        this.paths = paths;
        this.self = new SelfRecord(hostFile, running, log);
        this.joins = joins;
        this.log = log;
        this.buckets = new BucketKeeper(log);
    }

    /**
     * The fleet as this host's connection reads it now; {@link FleetResult#NO_CLUSTER} when this host is in no
     * cluster. Each read is bounded by the NATS client's timeouts.
     *
     * @throws FleetException when the agent has no connection to NATS yet, with the last failure
     */
    public FleetResult overview() {
        if (ClusterSettings.read(paths).isEmpty()) {
            return FleetResult.NO_CLUSTER;
        }
        FleetOverview current = overview;
        if (current == null) {
            throw new FleetException(ErrorKind.FAILED, "this host is in a cluster but its agent is not connected to"
                    + " NATS" + (lastError.isEmpty() ? " yet" : ": " + lastError));
        }
        return current.read();
    }

    // synchronized: the heartbeat's timer and a push's signal both run it
    public synchronized void tick() {
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
                fleet.listen(FleetBuckets.CHANGED, this::tick);
                log.accept("fleet: connected to " + settings.get().clientAddress());
                connected(settings.get().serverName());
            }
            Peers peers = new Peers(fleet, Clock.systemUTC());
            peers.beat(self.read(settings.get()));
            List<PeerRow> members = peers.list();
            servers = members.size();
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

    private void connected(String host) {
        FleetCatalog catalog = new FleetCatalog(fleet, fleet, Clock.systemUTC(), host);
        PlacementBoard board = new PlacementBoard(fleet);
        Demands demands = new Demands(catalog);
        services = new FleetServices(catalog, board, demands, host, log);
        overview = new FleetOverview(new Peers(fleet, Clock.systemUTC()), catalog, board, demands);
    }

    /**
     * On the host that signs joins, makes and grows the fleet's buckets; scheduled apart from
     * {@link #tick} so that slow stream changes never hold a heartbeat up.
     */
    public void keepBuckets() {
        JnatsFleet connected = fleet;
        Optional<ClusterSettings> settings = ClusterSettings.read(paths);
        if (connected != null && settings.isPresent() && settings.get().signsJoins()) {
            buckets.keep(connected, servers);
        }
    }
}
