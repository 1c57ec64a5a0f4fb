package dev.conductor.agent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Convergence logic after an agent died mid-deploy (the real kill -9 is ConvergeIT). */
class ConvergerTest {

    @TempDir
    Path root;
    private TestEngine host;
    private AgentGraph engine;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void twoDeploymentsOnDisk() {
        host = new TestEngine(root).service("web", "{\"pods\": [{\"name\": \"\", \"pod_template\": \"./pod\"}]}");
        engine = host.graph();
        for (String name : List.of("web-r1", "web-r2")) {
            engine.deployments().create(new DeploymentRecord(name, "web", "", 1, Map.of()));
            host.podman().pod(name, "Running", "10.88.0.9");
        }
    }

    @Test
    void aDeployThatHadNotSwitchedIsUndoneAndTheCurrentOneKept() {
        save(false);
        String done = engine.converger((step, detail) -> steps.add(step)).converge("web");

        assertThat(done).startsWith("interrupted: deploy of revision 2");
        ServiceState state = engine.states().load("web");
        assertThat(state.state()).isEqualTo(DeployState.TRY_AGAIN_NEXT);
        assertThat(state.current().deployments()).containsExactly("web-r1");
        assertThat(engine.deployments().exists("web-r2")).isFalse();
        assertThat(engine.deployments().exists("web-r1")).isTrue();
        assertThat(host.podman().listPods()).containsExactly("web-r1");
        assertThat(host.systemd().calls()).contains("stop conductor-deployment@web-r2.service")
                .noneMatch(call -> call.contains("web-r1"));
    }

    @Test
    void aDeployThatHadSwitchedIsFinished() {
        save(true);
        engine.converger((step, detail) -> steps.add(step)).converge("web");

        ServiceState state = engine.states().load("web");
        assertThat(state.state()).isEqualTo(DeployState.STABLE);
        assertThat(state.current().deployments()).containsExactly("web-r2");
        assertThat(engine.deployments().exists("web-r1")).isFalse();
        assertThat(host.podman().listPods()).containsExactly("web-r2");
        assertThat(steps).contains("old-stopped", "done");
    }

    @Test
    void deploymentsNoStateRefersToAreOrphans() {
        engine.states().save("web", new ServiceState(DeployState.STABLE, new Release(1, List.of("web-r1")), null,
                "", null, null, false, Instant.now(), null));
        assertThat(engine.converger(DeployListener.SILENT).removeOrphans()).containsExactly("web-r2");
        assertThat(engine.deployments().exists("web-r1")).isTrue();
        assertThat(engine.converger(DeployListener.SILENT).converge("web")).isEmpty();
    }

    private void save(boolean switched) {
        engine.states().save("web", new ServiceState(DeployState.WAIT_NEXT, new Release(1, List.of("web-r1")),
                new Release(2, List.of("web-r2")), "deploy", null, null, switched, Instant.now(), null));
    }
}
