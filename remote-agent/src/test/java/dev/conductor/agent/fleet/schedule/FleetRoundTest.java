package dev.conductor.agent.fleet.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.fleet.bundle.BundleFile;
import dev.conductor.agent.fleet.bundle.BundleInstaller;
import dev.conductor.agent.fleet.bundle.ServiceBundle;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.nats.MemoryBlobStore;
import dev.conductor.agent.fleet.nats.MemoryKvStore;
import dev.conductor.agent.fleet.placement.HostCapacity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hosts' agents taking turns on one board, as the fleet's heartbeats do. */
class FleetRoundTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    private final MemoryKvStore kv = new MemoryKvStore(clock);
    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final FleetCatalog catalog = new FleetCatalog(kv, blobs, clock, "h1");
    private final PlacementBoard board = new PlacementBoard(kv);
    private final List<HostCapacity> hosts = List.of(new HostCapacity("h1", Map.of(), Map.of("vcpu", 4.0)),
            new HostCapacity("h2", Map.of(), Map.of("vcpu", 4.0)));

    @TempDir
    Path root;

    FleetRoundTest() {
        catalog.ensure(1);
        board.ensure(1);
    }

    @Test
    void aPushedServiceWithTwoReplicasEndsUpOnBothHostsAndOnlyOnce() {
        catalog.push(bundle("web", "{\"replicas\": 2, \"resources\": {\"best\": {\"vcpu\": 1}}}"));
        FleetRound h1 = round("h1");
        FleetRound h2 = round("h2");

        FleetRound.Result first = h1.run(hosts);
        FleetRound.Result second = h2.run(hosts);

        assertThat(first.round().written()).containsExactly("web");
        assertThat(first.pass().installed()).containsExactly("web");
        assertThat(second.round().written()).isEmpty();
        assertThat(second.pass().installed()).containsExactly("web");
        assertThat(board.all().get("web").hosts()).containsExactly("h1", "h2");
        assertThat(h1.run(hosts).changed()).isFalse();
    }

    @Test
    void anUnreadableVersionHoldsTheRoundBackAndKeepsWhatRuns() {
        catalog.push(bundle("web", "{}"));
        FleetRound h1 = round("h1");
        h1.run(hosts);
        blobs.putObject(FleetCatalog.STORE, catalog.find("web").orElseThrow().object(), "garbage".getBytes());
        catalog.push(bundle("api", "{}"));

        FleetRound.Result held = round("h1").run(hosts);

        assertThat(held.problems()).singleElement().asString().startsWith("web: ");
        assertThat(board.all()).containsOnlyKeys("web");
        assertThat(held.pass().removed()).isEmpty();
    }

    private FleetRound round(String host) {
        return new FleetRound(catalog, new Scheduler(board, clock, host), new Materializer(catalog, board,
                new BundleInstaller(root.resolve(host).resolve("versions"), root.resolve(host).resolve("services")),
                host));
    }

    private static ServiceBundle bundle(String service, String json) {
        return new ServiceBundle(service, List.of(new BundleFile("conductor-service.json", false,
                json.getBytes(StandardCharsets.UTF_8))));
    }
}
