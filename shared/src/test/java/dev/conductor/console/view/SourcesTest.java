package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {

    private final Fleet fleet = Fleets.twoHosts();

    @Test
    void hostsShowStateAgentAndServiceCount() {
        fleet.connection("beta", ConnectionState.DISCONNECTED, null, "connection reset");
        Grid grid = new HostsSource().read(fleet);
        assertThat(grid.columns()).containsExactly("NAME", "STATE", "AGENT", "SERVICES", "DETAIL");
        assertThat(grid.rows()).extracting(Grid.Row::cells).containsExactly(
                List.of("alpha", "CONNECTED", "1.2.0", "2", ""),
                List.of("beta", "DISCONNECTED", "1.1.0", "1", "connection reset"));
    }

    @Test
    void longHostDetailsAreShortenedToFitTheScreen() {
        fleet.connection("beta", ConnectionState.DISCONNECTED, null, "x".repeat(100));
        assertThat(new HostsSource().read(fleet).rows().get(1).cells().get(4)).hasSize(40).endsWith("...");
    }

    @Test
    void servicesAcrossHostsHaveTheUnionOfDisplayColumns() {
        Grid grid = new ServicesSource(null).read(fleet);
        assertThat(grid.columns()).containsExactly("NAME", "HOST", "STATE", "DEPLOYMENTS", "URL", "PORT");
        assertThat(grid.rows().get(0).cells()).containsExactly("web", "alpha", "Stable", "2", "https://web", "");
        assertThat(grid.rows().get(2).cells()).containsExactly("worker", "beta", "Stable", "1", "", "");
    }

    @Test
    void servicesOfOneHostDrillIntoTheirDeployments() {
        ServicesSource source = new ServicesSource("beta");
        assertThat(source.read(fleet).rows()).extracting(Grid.Row::key).containsExactly("beta/worker");
        Grid deployments = source.drill("alpha/web").orElseThrow().read(fleet);
        assertThat(deployments.columns()).containsExactly("NAME", "HOST", "SERVICE", "STATE", "IP", "IMAGE");
        assertThat(deployments.rows()).extracting(row -> row.cells().get(0)).containsExactly("web-1", "web-2");
        assertThat(deployments.rows().get(0).cells()).contains("10.0.0.2", "web:2");
    }

    @Test
    void functionsShowTheirFiguresAndTheRequestRate() {
        Grid all = new FunctionsSource(null, null).read(fleet);
        assertThat(all.columns()).containsExactly("FUNCTION", "SERVICE", "MODE", "STATE", "RUNNING", "WARM",
                "REQ/S", "REQUESTS", "ERRORS", "P95 MS", "HOST");
        assertThat(all.rows()).extracting(Grid.Row::key).containsExactly("alpha/web", "beta/worker-jobs");
        assertThat(all.rows().get(1).cells()).containsExactly("worker-jobs", "worker", "multi", "serving", "1", "2",
                "0.0", "7", "1", "12.5", "beta");

        FunctionsSource ofWorker = new FunctionsSource("beta", "worker");
        assertThat(ofWorker.title()).isEqualTo("Functions of worker on beta");
        assertThat(ofWorker.read(fleet).rows()).extracting(Grid.Row::key).containsExactly("beta/worker-jobs");
        assertThat(FunctionsSource.rates(fleet, "alpha/web")).isEmpty();
        assertThat(FunctionsSource.rates(fleet, "alpha/nope")).isEmpty();
    }

    @Test
    void hostsDrillIntoTheirServices() {
        RowSource services = new HostsSource().drill("alpha").orElseThrow();
        assertThat(services.title()).isEqualTo("Services on alpha");
        assertThat(services.read(fleet).rows()).hasSize(2);
    }
}
