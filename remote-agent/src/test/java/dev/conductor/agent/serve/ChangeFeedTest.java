package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.TestEngine;
import dev.conductor.protocol.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code events.subscribe}: current rows first, then only what changed, from one shared set of watchers. */
class ChangeFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path root;
    TestEngine host;
    ManualSource source = new ManualSource();
    PipedServer server;
    ProtocolClient client;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", "{\"config\": {\"TAG\": \"v1\"}, \"display_service_config\": [\"TAG\"]}");
        host.serving("web", 1, Map.of("TAG", "v1"), "web-r1");
        host.systemd().set("conductor-service@web.service", "active").set("conductor-deployment@web-r1.service", "active");
        host.podman().pod("web-r1", "Running", "10.88.0.5");
        server = new PipedServer(ServeMethods.of(host::graph, source::asList, Duration.ofMillis(50), Duration.ofMinutes(5)));
        client = server.client();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        server.close();
    }

    @Test
    void aSubscriptionStartsWithTheCurrentRows() {
        String id = client.request("events.subscribe", ServeMethodsTest.params());

        Event service = client.awaitEvent(id, event -> true, WAIT);
        Event deployment = client.awaitEvent(id, event -> true, WAIT);

        assertThat(service.event()).isEqualTo("service");
        assertThat(service.data().path("display").path("TAG").asText()).isEqualTo("v1");
        assertThat(deployment.event()).isEqualTo("deployment");
        assertThat(deployment.data().path("state").asText()).isEqualTo("active/Running");
    }

    @Test
    void changesAreSentOnceAndRemovalsAsRemoved() {
        String id = subscribed();

        source.fire(RowKind.SERVICE, RowKind.DEPLOYMENT); // nothing changed: nothing is sent
        host.systemd().set("conductor-deployment@web-r1.service", "inactive");
        source.fire(RowKind.DEPLOYMENT);
        Event stopped = client.awaitEvent(id, event -> true, WAIT);
        host.service("api", "{\"config\": {}}");
        source.fire(RowKind.SERVICE);
        Event added = client.awaitEvent(id, event -> true, WAIT);
        host.graph().deployments().remove("web-r1");
        source.fire(RowKind.DEPLOYMENT);
        Event removed = client.awaitEvent(id, event -> true, WAIT);

        assertThat(stopped.event()).isEqualTo("deployment");
        assertThat(stopped.data().path("state").asText()).isEqualTo("inactive/Running");
        assertThat(added.event()).isEqualTo("service");
        assertThat(added.data().path("name").asText()).isEqualTo("api");
        assertThat(removed.event()).isEqualTo("removed");
        assertThat(removed.data().toString()).isEqualTo("{\"kind\":\"deployment\",\"name\":\"web-r1\"}");
    }

    @Test
    void aBurstOfTriggersMakesAtMostTwoRecomputations() throws InterruptedException {
        String id = subscribed();
        long before = host.systemd().count("list");

        host.systemd().set("conductor-service@web.service", "failed");
        for (int i = 0; i < 20; i++) {
            source.fire(RowKind.SERVICE);
        }
        client.awaitEvent(id, event -> event.data().path("state").asText().contains("failed"), WAIT);
        Thread.sleep(200);

        // one at once (unless the burst is over before it starts), one for what came during it
        assertThat(host.systemd().count("list") - before).isBetween(1L, 2L);
    }

    @Test
    void aUnitsNewsGoesOutBeforePodmanAnswers() {
        String id = subscribed();
        host.podman().blockPodListings();
        try {
            host.systemd().set("conductor-deployment@web-r1.service", "deactivating");
            source.fire(RowKind.DEPLOYMENT);

            Event stopping = client.awaitEvent(id, event -> true, WAIT);

            assertThat(stopping.data().path("state").asText()).isEqualTo("deactivating/Running");
        } finally {
            host.podman().unblockPodListings();
        }
    }

    @Test
    void subscriptionsShareOneSetOfWatchersUntilTheLastIsCancelled() {
        String first = subscribed();
        String second = subscribed();
        assertThat(source.starts.get()).isEqualTo(1);

        client.cancel(first);
        assertThat(client.awaitEnd(first, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(source.closes.get()).isZero();
        client.cancel(second);
        assertThat(client.awaitEnd(second, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(source.closes.get()).isEqualTo(1);
    }

    /** Subscribes and takes the two rows every subscription starts with. */
    private String subscribed() {
        String id = client.request("events.subscribe", ServeMethodsTest.params());
        client.awaitEvent(id, event -> event.event().equals("service"), WAIT);
        client.awaitEvent(id, event -> event.event().equals("deployment"), WAIT);
        return id;
    }
}
