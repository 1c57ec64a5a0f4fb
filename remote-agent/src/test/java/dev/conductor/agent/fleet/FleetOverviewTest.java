package dev.conductor.agent.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.fleet.bundle.BundleFile;
import dev.conductor.agent.fleet.bundle.ServiceBundle;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.nats.MemoryBlobStore;
import dev.conductor.agent.fleet.nats.MemoryKvStore;
import dev.conductor.agent.fleet.schedule.Demands;
import dev.conductor.agent.fleet.schedule.PlacementBoard;
import dev.conductor.protocol.method.FleetHostInfo;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.FleetServiceInfo;
import dev.conductor.protocol.method.RunningInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fleet} answer from the buckets: placed against running, used against declared. */
class FleetOverviewTest {

    private final MutableClock clock = new MutableClock();
    private final MemoryKvStore kv = new MemoryKvStore(clock);
    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final FleetCatalog catalog = new FleetCatalog(kv, blobs, clock, "h1");
    private final PlacementBoard board = new PlacementBoard(kv);
    private final Peers peers = new Peers(kv, clock);
    private final FleetOverview overview = new FleetOverview(peers, catalog, board, new Demands(catalog));

    FleetOverviewTest() {
        kv.ensureBucket(FleetBuckets.peers(1));
        catalog.ensure(1);
        board.ensure(1);
    }

    @Test
    void aServicePlacedOnTwoHostsButRunningOnOneOfThemIsShownSo() {
        String web = push("web", "{\"replicas\": 2, \"resources\": {\"best\": {\"vcpu\": 1}}}");
        place("web", "h1", "h2");
        beat("h1", "{\"vcpu\": 4}", new RunningService("web", web, "Stable"));
        beat("h2", "{\"vcpu\": 4}");

        FleetServiceInfo row = overview.read().services().get(0);

        assertThat(row.name()).isEqualTo("web");
        assertThat(row.version()).isEqualTo(1);
        assertThat(row.placedOn()).containsExactly("h1", "h2");
        assertThat(row.runningOn()).containsExactly(new RunningInfo("h1", web, "Stable"));
        assertThat(row.mismatched()).isTrue();
    }

    @Test
    void aHostStillOnTheVersionBeforeIsNamedWithItsDigest() {
        String v1 = push("web", "{\"config\": {\"TAG\": \"v1\"}}");
        String v2 = push("web", "{\"config\": {\"TAG\": \"v2\"}}");
        place("web", "h1", "h2");
        beat("h1", "{}", new RunningService("web", v2, "Stable"));
        beat("h2", "{}", new RunningService("web", v1, "Stable"));

        FleetServiceInfo row = overview.read().services().get(0);

        assertThat(row.version()).isEqualTo(2);
        assertThat(row.digest()).isEqualTo(v2);
        assertThat(row.runningOn()).extracting(RunningInfo::digest).containsExactly(v2, v1);
        assertThat(row.mismatched()).isTrue();
    }

    @Test
    void aHostUsesTheSumOfTheBestOfWhatIsPlacedOnItAgainstWhatItDeclares() {
        push("web", "{\"replicas\": 2, \"resources\": {\"best\": {\"vcpu\": 1.5, \"ram_gb\": 2}, \"min\": {\"vcpu\": 1}}}");
        push("db", "{\"resources\": {\"best\": {\"vcpu\": 2, \"disk_gb\": 50}}}");
        place("web", "h1", "h2");
        place("db", "h1");
        beat("h1", "{\"vcpu\": 4, \"ram_gb\": 16}");
        beat("h2", "{\"vcpu\": 2, \"ram_gb\": 8, \"gpu\": 1}");

        List<FleetHostInfo> hosts = overview.read().hosts();

        assertThat(hosts).extracting(FleetHostInfo::host).containsExactly("h1", "h2");
        assertThat(hosts.get(0).declared()).isEqualTo(Map.of("vcpu", 4.0, "ram_gb", 16.0));
        assertThat(hosts.get(0).used()).isEqualTo(Map.of("vcpu", 3.5, "ram_gb", 2.0, "disk_gb", 50.0));
        assertThat(hosts.get(1).used()).isEqualTo(Map.of("vcpu", 1.5, "ram_gb", 2.0, "gpu", 0.0));
        assertThat(hosts.get(1).state()).isEqualTo(PeerRow.ALIVE);
        assertThat(hosts.get(1).address()).isEqualTo("10.0.0.h2");
        assertThat(hosts.get(1).lastSeen()).isEqualTo("2026-12-06T12:00:00Z");
    }

    @Test
    void aMissingHostsLastHeartbeatDoesNotCountAsRunning() {
        String web = push("web", "{}");
        place("web", "h2");
        beat("h2", "{}", new RunningService("web", web, "Stable"));
        clock.now = clock.now.plusSeconds(13);
        beat("h1", "{}");

        FleetResult result = overview.read();

        assertThat(result.services().get(0).runningOn()).isEmpty();
        assertThat(result.hosts()).extracting(FleetHostInfo::state).containsExactly(PeerRow.ALIVE, PeerRow.MISSING);
    }

    @Test
    void anOlderAgentsHeartbeatWithoutRunningServicesReads() throws Exception {
        kv.put(FleetBuckets.PEERS, "old", "{\"host\":\"old\",\"address\":\"10.0.0.9\",\"labels\":{},\"resources\":null}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(peers.list()).singleElement().satisfies(peer -> assertThat(peer.running()).isEmpty());
        assertThat(overview.read().hosts()).singleElement().satisfies(host -> {
            assertThat(host.declared()).isEmpty();
            assertThat(host.used()).isEmpty();
        });
    }

    @Test
    void aHostInNoClusterAnswersSoWithoutAnError(@TempDir Path root) {
        ClusterPaths paths = new ClusterPaths(root, root.resolve("store"), root.resolve("unit"));
        FleetAgent agent = new FleetAgent(paths, root.resolve("host.json"), null, List::of, line -> { });

        assertThat(agent.overview()).isEqualTo(FleetResult.NO_CLUSTER);
        assertThat(FleetOverview.once(paths)).isEqualTo(FleetResult.NO_CLUSTER);
    }

    @Test
    void anAgentInAClusterWithoutAConnectionSaysSo(@TempDir Path root) throws Exception {
        ClusterPaths paths = new ClusterPaths(root, root.resolve("store"), root.resolve("unit"));
        Files.writeString(paths.settings(), "{\"server_name\": \"h1\", \"address\": \"10.0.0.1\"}");
        FleetAgent agent = new FleetAgent(paths, root.resolve("host.json"), null, List::of, line -> { });

        assertThatThrownBy(agent::overview).isInstanceOf(FleetException.class)
                .hasMessage("this host is in a cluster but its agent is not connected to NATS yet");
    }

    private String push(String service, String json) {
        return catalog.push(new ServiceBundle(service, List.of(new BundleFile("conductor-service.json", false,
                json.getBytes(StandardCharsets.UTF_8))))).service().digest();
    }

    private void place(String service, String... hosts) {
        Optional<PlacementBoard.Entry> before = Optional.ofNullable(board.all().get(service));
        board.decide(service, List.of(hosts), before, "h1", clock.instant());
    }

    private void beat(String host, String resources, RunningService... running) {
        peers.beat(new PeerRecord(host, "10.0.0." + host, Map.of(), json(resources), List.of(running)));
    }

    private static JsonNode json(String text) {
        try {
            return JsonFiles.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
