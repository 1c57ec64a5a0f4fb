package dev.conductor.agent.fleet;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.catalog.FleetService;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.placement.Demand;
import dev.conductor.agent.fleet.schedule.Demands;
import dev.conductor.agent.fleet.schedule.PlacementBoard;
import dev.conductor.protocol.method.FleetHostInfo;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.FleetServiceInfo;
import dev.conductor.protocol.method.RunningInfo;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer of the protocol's {@code fleet}: each service's version, where the board places it and
 * where the alive hosts' heartbeats say it runs; each host's declared resources and the sum of the
 * {@code best} of the services placed on it. A missing host's last heartbeat is not taken as running.
 */
public final class FleetOverview {

    private final Peers peers;
    private final FleetCatalog catalog;
    private final PlacementBoard board;
    private final Demands demands;

    public FleetOverview(Peers peers, FleetCatalog catalog, PlacementBoard board, Demands demands) {
        this.peers = peers;
        this.catalog = catalog;
        this.board = board;
        this.demands = demands;
    }

    /** For a session without the resident agent: one connection, within the client's timeouts, for one answer. */
    public static FleetResult once(ClusterPaths paths) {
        Optional<ClusterSettings> settings = ClusterSettings.read(paths);
        if (settings.isEmpty()) {
            return FleetResult.NO_CLUSTER;
        }
        try (JnatsFleet fleet = JnatsFleet.connect(settings.get().agentEndpoint(paths))) {
            FleetCatalog catalog = new FleetCatalog(fleet, fleet, Clock.systemUTC(), settings.get().serverName());
            return new FleetOverview(new Peers(fleet, Clock.systemUTC()), catalog, new PlacementBoard(fleet),
                    new Demands(catalog)).read();
        }
    }

    public FleetResult read() {
        List<PeerRow> members = peers.list();
        List<FleetService> services = catalog.list();
        Map<String, PlacementBoard.Entry> placed = board.all();
        Map<String, Map<String, Double>> used = used(services, placed);
        List<FleetServiceInfo> rows = services.stream().map(service -> new FleetServiceInfo(service.name(),
                service.version(), service.digest(), placedOn(placed, service.name()),
                runningOn(service.name(), members))).toList();
        List<FleetHostInfo> hosts = members.stream().map(peer -> host(peer, used.getOrDefault(peer.host(), Map.of())))
                .toList();
        return new FleetResult(true, rows, hosts);
    }

    /** The alive hosts whose heartbeat says they run {@code service}, by host name. */
    public static List<RunningInfo> runningOn(String service, List<PeerRow> peers) {
        return peers.stream().filter(peer -> PeerRow.ALIVE.equals(peer.state()))
                .flatMap(peer -> peer.running().stream().filter(running -> running.name().equals(service))
                        .map(running -> new RunningInfo(peer.host(), running.digest(), running.state())))
                .sorted(Comparator.comparing(RunningInfo::host)).toList();
    }

    private static List<String> placedOn(Map<String, PlacementBoard.Entry> placed, String service) {
        PlacementBoard.Entry entry = placed.get(service);
        return entry == null ? List.of() : entry.hosts();
    }

    // a service whose version cannot be read counts nothing here; the heartbeat's journal says why
    private Map<String, Map<String, Double>> used(List<FleetService> services, Map<String, PlacementBoard.Entry> placed) {
        Map<String, Map<String, Double>> used = new HashMap<>();
        for (FleetService service : services) {
            Demand demand;
            try {
                demand = demands.of(service);
            } catch (ConductorException e) {
                continue;
            }
            for (String host : placedOn(placed, service.name())) {
                Map<String, Double> sums = used.computeIfAbsent(host, h -> new TreeMap<>());
                demand.best().forEach((resource, amount) -> sums.merge(resource, amount, Double::sum));
            }
        }
        return used;
    }

    private static FleetHostInfo host(PeerRow peer, Map<String, Double> placed) {
        Map<String, Double> declared = FleetServices.resources(peer.resources());
        Map<String, Double> used = new TreeMap<>(placed);
        declared.keySet().forEach(resource -> used.putIfAbsent(resource, 0.0));
        return new FleetHostInfo(peer.host(), peer.address(), peer.state(), String.valueOf(peer.lastSeen()),
                peer.labels(), declared, used);
    }
}
