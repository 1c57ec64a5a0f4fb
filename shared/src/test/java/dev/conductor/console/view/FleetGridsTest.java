package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.protocol.method.FleetResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetGridsTest {

    private static final FleetResult FLEET = Fleets.cluster();

    @Test
    void servicesShowWhereTheyArePlacedAndWhereAndWhichVersionTheyRun() {
        Grid grid = FleetGrids.services(FLEET);

        assertThat(grid.columns()).containsExactly("NAME", "VERSION", "PLACED ON", "RUNNING ON");
        assertThat(grid.rows()).extracting(Grid.Row::cells).containsExactly(
                List.of("web", "2", "alpha, beta", "! alpha, beta@bbbbbbbbbbbb (WaitNext)"),
                List.of("db", "1", "alpha", "alpha"),
                List.of("cron", "1", "beta", "! -"));
    }

    @Test
    void hostsShowEachResourceUsedAgainstDeclaredAndMarkOvercommit() {
        Grid grid = FleetGrids.hosts(FLEET);

        assertThat(grid.columns()).containsExactly("HOST", "STATE", "GPU", "RAM_GB", "VCPU");
        assertThat(grid.rows()).extracting(Grid.Row::cells).containsExactly(
                List.of("alpha", "alive", "0/0", "2/16", "3.5/4"),
                List.of("beta", "missing", "1/0 !", "0/0", "3/2 !"));
    }

    @Test
    void theSummarySaysWhatIsOffOrThatThereIsNoCluster() {
        assertThat(FleetGrids.summary("alpha", FLEET)).isEqualTo("Fleet of alpha: 3 services, 2 hosts, 2 not running"
                + " as placed and pushed (!)");
        assertThat(FleetGrids.summary("alpha", FleetResult.NO_CLUSTER)).startsWith("alpha is in no cluster");
        assertThat(FleetGrids.services(FleetResult.NO_CLUSTER).rows()).isEmpty();
        assertThat(FleetGrids.hosts(FleetResult.NO_CLUSTER).columns()).containsExactly("HOST", "STATE");
    }
}
