package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.engine.AgentPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploys under way, read from the engine's state files as the engine writes them. */
class DeploysInFlightTest {

    @TempDir
    Path root;

    @Test
    void namesTheServicesWaitingForADeployment() {
        InstallLayout layout = new InstallLayout(root);
        StateStore store = new StateStore(new AgentPaths(List.of(), layout.hostFile(), layout.stateRoot(),
                layout.deploymentRoot()));
        Release r1 = new Release(1, List.of("x-r1"));
        store.save("web", ServiceState.initial().begin(r1, "deploy"));
        store.save("shop", ServiceState.initial().begin(r1, "deploy").switching().succeed());
        store.save("api", ServiceState.initial().begin(r1, "deploy").switching().succeed().begin(
                new Release(2, List.of("x-r2")), "deploy"));
        store.save("db", ServiceState.initial().begin(r1, "deploy").fail("boom"));

        assertThat(DeploysInFlight.onDisk(layout).services()).containsExactly("api", "web");
    }

    @Test
    void noneOnAFreshHost() {
        assertThat(DeploysInFlight.onDisk(new InstallLayout(root)).services()).isEmpty();
    }
}
