package dev.conductor.agent.fleet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.fleet.bundle.BundleFile;
import dev.conductor.agent.fleet.bundle.ServiceBundle;
import dev.conductor.agent.fleet.nats.MemoryBlobStore;
import dev.conductor.agent.fleet.nats.MemoryKvStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetCatalogTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    private final MemoryKvStore kv = new MemoryKvStore(clock);
    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final FleetCatalog catalog = new FleetCatalog(kv, blobs, clock, "host-1");

    FleetCatalogTest() {
        catalog.ensure(1);
    }

    @Test
    void eachChangedPushIsTheNextVersionAndItsBundleComesBackWhole() {
        FleetCatalog.Pushed first = catalog.push(bundle("web", "v1"));
        FleetCatalog.Pushed again = catalog.push(bundle("web", "v1"));
        FleetCatalog.Pushed second = catalog.push(bundle("web", "v2"));

        assertThat(first.changed()).isTrue();
        assertThat(again.changed()).isFalse();
        assertThat(again.service()).isEqualTo(first.service());
        assertThat(second.service().version()).isEqualTo(2);
        assertThat(second.service().pushedBy()).isEqualTo("host-1");
        assertThat(catalog.list()).containsExactly(second.service());
        assertThat(catalog.bundle(second.service())).isEqualTo(bundle("web", "v2"));
    }

    @Test
    void aBundleThatDoesNotLoadIsRefusedAndTheCurrentVersionStays() {
        FleetService current = catalog.push(bundle("web", "v1")).service();
        ServiceBundle broken = new ServiceBundle("web", List.of(new BundleFile("conductor-service.json", false,
                "{\"hooks\": [{\"id\": \"h\", \"when\": \"sometimes\", \"exec\": [\"./h\"]}]}".getBytes())));

        assertThatThrownBy(() -> catalog.push(broken)).hasMessageContaining("nothing was pushed")
                .hasMessageContaining("sometimes");
        assertThat(catalog.find("web")).contains(current);
        assertThat(blobs.listObjects(FleetCatalog.STORE)).containsExactly(current.object());
    }

    @Test
    void aStoredBundleThatIsNotTheVersionPushedIsRefused() {
        FleetService web = catalog.push(bundle("web", "v1")).service();
        blobs.putObject(FleetCatalog.STORE, web.object(), bundle("web", "evil").toBytes());

        assertThatThrownBy(() -> catalog.bundle(web)).hasMessageContaining("digest mismatch");
    }

    @Test
    void removeTakesTheRecordAndEveryStoredVersion() {
        catalog.push(bundle("web", "v1"));
        catalog.push(bundle("web", "v2"));
        catalog.push(bundle("api", "v1"));

        assertThat(catalog.remove("web")).isTrue();
        assertThat(catalog.list()).extracting(FleetService::name).containsExactly("api");
        assertThat(blobs.listObjects(FleetCatalog.STORE)).allMatch(name -> name.startsWith("api/"));
        assertThat(catalog.remove("web")).isFalse();
    }

    private static ServiceBundle bundle(String service, String tag) {
        String json = "{\"config\": {\"TAG\": \"" + tag + "\"}}";
        return new ServiceBundle(service, List.of(new BundleFile("conductor-service.json", false,
                json.getBytes(StandardCharsets.UTF_8))));
    }
}
