package dev.conductor.agent.fleet.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.fleet.bundle.BundleFile;
import dev.conductor.agent.fleet.bundle.BundleInstaller;
import dev.conductor.agent.fleet.bundle.ServiceBundle;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.nats.MemoryBlobStore;
import dev.conductor.agent.fleet.nats.MemoryKvStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterializerTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    private final MemoryKvStore kv = new MemoryKvStore(clock);
    private final FleetCatalog catalog = new FleetCatalog(kv, new MemoryBlobStore(), clock, "h1");
    private final PlacementBoard board = new PlacementBoard(kv);

    @TempDir
    Path root;

    MaterializerTest() {
        catalog.ensure(1);
        board.ensure(1);
    }

    @Test
    void theServicesPlacedHereAreInstalledAtTheirCurrentVersionAndOthersRemoved() throws Exception {
        catalog.push(bundle("web", "v1"));
        catalog.push(bundle("api", "v1"));
        board.decide("web", List.of("h1"), Optional.empty(), "h1", clock.instant());
        board.decide("api", List.of("h2"), Optional.empty(), "h1", clock.instant());
        Materializer here = materializer("h1");

        assertThat(here.apply()).isEqualTo(new Materializer.Pass(List.of("web"), List.of()));
        assertThat(Files.readString(root.resolve("services/web/conductor-service.json"))).contains("v1");
        assertThat(root.resolve("services/api")).doesNotExist();

        catalog.push(bundle("web", "v2"));
        assertThat(here.apply().installed()).containsExactly("web");
        assertThat(Files.readString(root.resolve("services/web/conductor-service.json"))).contains("v2");
        assertThat(here.apply()).isEqualTo(new Materializer.Pass(List.of(), List.of()));

        board.decide("web", List.of("h2"), Optional.of(board.all().get("web")), "h2", clock.instant());
        assertThat(here.apply().removed()).containsExactly("web");
        assertThat(root.resolve("services/web")).doesNotExist();
    }

    private Materializer materializer(String host) {
        return new Materializer(catalog, board, new BundleInstaller(root.resolve("versions"), root.resolve("services")),
                host);
    }

    private static ServiceBundle bundle(String service, String tag) {
        String json = "{\"config\": {\"TAG\": \"" + tag + "\"}}";
        return new ServiceBundle(service, List.of(new BundleFile("conductor-service.json", false,
                json.getBytes(StandardCharsets.UTF_8))));
    }
}
