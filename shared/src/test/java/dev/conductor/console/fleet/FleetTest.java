package dev.conductor.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.ServiceRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FleetTest {

    private final Fleet fleet = new Fleet();
    private final List<FleetChange> changes = new ArrayList<>();

    FleetTest() {
        fleet.addListener(changes::add);
    }

    @Test
    void hostsConnectResyncAndKeepTheirOrder() {
        fleet.addHost("h1");
        fleet.addHost("h2");
        fleet.connection("h1", ConnectionState.CONNECTED, "0.1.0", "");
        fleet.resync("h1", List.of(service("web", "Stable", "v1"), service("api", "Stable", "v3")),
                List.of(deployment("web-r1", "web")), List.of());

        assertThat(fleet.hosts()).extracting(FleetHost::name).containsExactly("h1", "h2");
        FleetHost h1 = fleet.host("h1").orElseThrow();
        assertThat(h1.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(h1.agentVersion()).isEqualTo("0.1.0");
        assertThat(fleet.services()).extracting(s -> s.host() + "/" + s.row().name()).containsExactly("h1/web", "h1/api");
        assertThat(changes).extracting(FleetChange::kind).containsExactly(FleetChange.Kind.HOST,
                FleetChange.Kind.HOST, FleetChange.Kind.HOST, FleetChange.Kind.RESYNC);
    }

    @Test
    void eventsReplaceRowsInPlaceAndRemoveThem() {
        fleet.addHost("h1");
        fleet.resync("h1", List.of(service("web", "Stable", "v1"), service("api", "Stable", "v3")), List.of(), List.of());
        fleet.service("h1", service("web", "WaitNext", "v2"));
        fleet.service("h1", service("new", "Wait", "v1"));
        fleet.serviceRemoved("h1", "api");
        fleet.deployment("h1", deployment("web-r2", "web"));

        FleetHost h1 = fleet.host("h1").orElseThrow();
        assertThat(h1.services()).extracting(ServiceRow::name, ServiceRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web", "WaitNext"),
                        org.assertj.core.groups.Tuple.tuple("new", "Wait"));
        assertThat(h1.services().get(0).display()).containsEntry("TAG", "v2");
        assertThat(h1.deployments()).extracting(DeploymentRow::name).containsExactly("web-r2");
        assertThat(changes.get(changes.size() - 1)).isEqualTo(new FleetChange(FleetChange.Kind.DEPLOYMENT, "h1", "web-r2"));
    }

    @Test
    void disconnectKeepsTheLastKnownRowsAndLateEventsOfRemovedHostsAreDropped() {
        fleet.addHost("h1");
        fleet.resync("h1", List.of(service("web", "Stable", "v1")), List.of(), List.of());
        fleet.connection("h1", ConnectionState.DISCONNECTED, null, "connection reset");
        assertThat(fleet.host("h1").orElseThrow().services()).hasSize(1);
        assertThat(fleet.host("h1").orElseThrow().detail()).isEqualTo("connection reset");

        fleet.removeHost("h1");
        int before = changes.size();
        fleet.service("h1", service("web", "Stable", "v1"));
        fleet.connection("h1", ConnectionState.CONNECTED, "1", "");
        assertThat(fleet.hosts()).isEmpty();
        assertThat(changes).hasSize(before);
    }

    @Test
    void functionRowsReplaceEachOtherAndMakeARequestRate() {
        AtomicLong clock = new AtomicLong();
        Fleet timed = new Fleet(new IdleTimer(clock::get, Duration.ofMinutes(5)));
        timed.addHost("h1");
        timed.resync("h1", List.of(), List.of(), List.of(function("web", 100), function("web-api", 0)));
        clock.set(2_000_000_000L);
        timed.function("h1", function("web", 160));
        timed.functionRemoved("h1", "web-api");

        List<LiveFunction> functions = timed.host("h1").orElseThrow().functions();
        assertThat(functions).extracting(f -> f.row().id()).containsExactly("web");
        assertThat(functions.get(0).row().requests()).isEqualTo(160);
        assertThat(functions.get(0).rate().perSecond()).isEqualTo(30.0);

        clock.set(3_000_000_000L);
        timed.resync("h1", List.of(), List.of(), List.of(function("web", 190)));
        assertThat(timed.host("h1").orElseThrow().functions().get(0).rate().samples())
                .as("a reconnect carries the rate on").containsExactly(30.0, 30.0);
    }

    @Test
    void aBusyFunctionWhoseRowsStopFallsToZeroAndTellsTheListeners() throws InterruptedException {
        AtomicLong clock = new AtomicLong();
        Fleet timed = new Fleet(new IdleTimer(clock::get, Duration.ofMillis(50)));
        List<FleetChange> heard = new CopyOnWriteArrayList<>();
        timed.addHost("h1");
        timed.function("h1", function("web", 0));
        timed.addListener(heard::add);
        clock.set(1_000_000_000L);
        timed.function("h1", function("web", 10));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (heard.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(rate(timed)).isZero();
        assertThat(timed.host("h1").orElseThrow().functions().get(0).rate().samples()).containsExactly(10.0, 0.0);
        FleetChange web = new FleetChange(FleetChange.Kind.FUNCTION, "h1", "web");
        assertThat(heard).as("the row, then its going idle").containsExactly(web, web);
    }

    private static double rate(Fleet fleet) {
        return fleet.host("h1").orElseThrow().functions().get(0).rate().perSecond();
    }

    private static FunctionRow function(String id, long requests) {
        return new FunctionRow(id, "web", "", "cgi", "single", "serving", "/cgi/" + id, 0, 0, requests, 0, 0, 0);
    }

    private static ServiceRow service(String name, String state, String tag) {
        return new ServiceRow(name, name, "prod", state, "", List.of(name + "-r1"), Map.of("TAG", tag), null);
    }

    private static DeploymentRow deployment(String name, String service) {
        return new DeploymentRow(name, service, "", 1, "active/Running", "10.88.0.2", Map.of());
    }
}
