package dev.conductor.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.ServiceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                List.of(deployment("web-r1", "web")));

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
        fleet.resync("h1", List.of(service("web", "Stable", "v1"), service("api", "Stable", "v3")), List.of());
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
        fleet.resync("h1", List.of(service("web", "Stable", "v1")), List.of());
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

    private static ServiceRow service(String name, String state, String tag) {
        return new ServiceRow(name, name, "prod", state, "", List.of(name + "-r1"), Map.of("TAG", tag), null);
    }

    private static DeploymentRow deployment(String name, String service) {
        return new DeploymentRow(name, service, "", 1, "active/Running", "10.88.0.2", Map.of());
    }
}
