package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.Fleets;
import dev.conductor.console.view.Grid;
import dev.conductor.console.view.ServiceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardModelTest {

    private final Fleet fleet = Fleets.twoHosts();
    private final DashboardModel model = new DashboardModel(fleet);

    @Test
    void showsEveryHostsServicesWithTheirDisplayColumns() {
        assertThat(model.services().columns()).containsExactly("NAME", "HOST", "STATE", "DEPLOYMENTS", "URL", "PORT");
        assertThat(names(model.services())).containsExactly("api", "web", "worker");
        assertThat(model.summary()).isEqualTo("2 hosts, 2 connected · 3 of 3 services shown");
    }

    @Test
    void scopingToAHostKeepsTheFilterAndDropsASelectionElsewhere() {
        model.filter("stable");
        model.select("beta/worker");
        model.scope("alpha");
        assertThat(names(model.services())).containsExactly("web");
        assertThat(model.selected()).isEmpty();
        assertThat(model.summary()).endsWith("1 of 2 services shown");
        model.scope(null);
        assertThat(names(model.services())).containsExactly("web", "worker");
    }

    @Test
    void theSelectedServiceShowsItsDeploymentsWithDisplayColumns() {
        model.select("alpha/web");
        assertThat(model.selected()).contains(new ServiceRef("alpha", "web"));
        Grid deployments = model.deployments();
        assertThat(deployments.columns()).containsExactly("NAME", "HOST", "SERVICE", "STATE", "IP", "IMAGE");
        assertThat(deployments.rows()).extracting(row -> row.cells().get(5)).containsExactly("web:2", "web:2");
        model.select(null);
        assertThat(model.deployments().rows()).isEmpty();
    }

    @Test
    void theSelectedServiceShowsItsFunctionsAndTheirRates() {
        assertThat(model.functions().columns()).as("the columns stay while nothing is selected").contains("REQ/S");
        assertThat(model.functions().rows()).isEmpty();
        model.select("beta/worker");
        assertThat(model.functions().rows()).extracting(Grid.Row::key).containsExactly("beta/worker-jobs");
        assertThat(model.functions().rows().get(0).cells()).contains("serving", "7");
        assertThat(model.rates("beta/worker-jobs")).as("one row: no rate yet").isEmpty();
    }

    @Test
    void actionsNeedASelectedServiceOnAConnectedHost() {
        assertThat(model.canAct()).isFalse();
        model.select("beta/worker");
        assertThat(model.canAct()).isTrue();
        fleet.connection("beta", ConnectionState.DISCONNECTED, null, "connection reset");
        assertThat(model.canAct()).isFalse();
    }

    @Test
    void liveChangesAppearAfterRefresh() {
        fleet.service("beta", Fleets.service("queue", "Stable", Map.of("port", "5672")));
        assertThat(names(model.services())).doesNotContain("queue");
        model.refresh();
        assertThat(names(model.services())).contains("queue");
        assertThat(model.services().rows().stream().filter(r -> r.key().equals("beta/queue")).findFirst()
                .orElseThrow().cells()).containsExactly("queue", "beta", "Stable", "0", "", "5672");
    }

    private static List<String> names(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().get(0)).toList();
    }
}
