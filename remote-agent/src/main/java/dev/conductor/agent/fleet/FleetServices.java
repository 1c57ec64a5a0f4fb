package dev.conductor.agent.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.fleet.bundle.BundleInstaller;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.placement.HostCapacity;
import dev.conductor.agent.fleet.schedule.Demands;
import dev.conductor.agent.fleet.schedule.FleetRound;
import dev.conductor.agent.fleet.schedule.Materializer;
import dev.conductor.agent.fleet.schedule.PlacementBoard;
import dev.conductor.agent.fleet.schedule.Scheduler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fleet's services on one host's agent: at each heartbeat, a scheduling round over the alive
 * peers and this host's placed services installed under /run/conductor/services, where the watch
 * mode deploys them. What a round changed, and any failure, is logged once per change.
 */
final class FleetServices {

    private final FleetRound round;
    private final Consumer<String> log;
    private String lastProblem = "";

    FleetServices(FleetCatalog catalog, PlacementBoard board, Demands demands, String host, Consumer<String> log) {
        this.round = new FleetRound(catalog, demands, new Scheduler(board, Clock.systemUTC(), host),
                new Materializer(catalog, board, BundleInstaller.standard(), host));
        this.log = log;
    }

    /** Creates the services' buckets on {@code replicas} servers; the CA host's agent does it as servers join. */
    static void ensure(JnatsFleet fleet, int replicas) {
        new FleetCatalog(fleet, fleet, Clock.systemUTC(), "").ensure(replicas);
        new PlacementBoard(fleet).ensure(replicas);
    }

    void tick(List<PeerRow> peers) {
        try {
            FleetRound.Result result = round.run(alive(peers));
            if (result.changed()) {
                log.accept("fleet: placed " + result.round().written() + ", installed here " + result.pass().installed()
                        + ", removed here " + result.pass().removed());
            }
            problem(String.join("; ", result.problems()));
        } catch (RuntimeException e) {
            problem(String.valueOf(e.getMessage()));
        }
    }

    private void problem(String problem) {
        if (!problem.equals(lastProblem) && !problem.isEmpty()) {
            log.accept("fleet: services: " + problem + " (what runs here keeps running)");
        }
        lastProblem = problem;
    }

    static List<HostCapacity> alive(List<PeerRow> peers) {
        return peers.stream().filter(peer -> PeerRow.ALIVE.equals(peer.state()))
                .map(peer -> new HostCapacity(peer.host(), peer.labels(), resources(peer.resources()))).toList();
    }

    static Map<String, Double> resources(JsonNode declared) {
        Map<String, Double> resources = new LinkedHashMap<>();
        if (declared != null && declared.isObject()) {
            declared.fields().forEachRemaining(field -> {
                if (field.getValue().isNumber()) {
                    resources.put(field.getKey(), field.getValue().asDouble());
                }
            });
        }
        return resources;
    }
}
