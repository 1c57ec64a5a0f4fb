package dev.conductor.agent.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.deployment.DeploymentException;
import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentControlTest {

    @TempDir
    Path root;
    TestEngine host;
    DeploymentControl control;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", "{}").serving("web", 2, Map.of(), "web-r2");
        host.graph().deployments().create(new DeploymentRecord("web-r1", "web", "", 1, Map.of()));
        host.podman().pod("web-r1", "Running", "10.88.0.4").pod("web-r2", "Running", "10.88.0.5");
        control = host.graph().deploymentControl();
    }

    @Test
    void stopStopsConfigUnitThenUnitAndLeavesTheStateAlone() {
        String message = control.stop("web-r2");

        assertThat(host.systemd().calls()).containsExactly("stop conductor-deployment-config@web-r2.service",
                "stop conductor-deployment@web-r2.service");
        assertThat(host.graph().states().load("web").state()).isEqualTo(DeployState.STABLE);
        assertThat(message).contains("'service deploy web'");
    }

    @Test
    void removesADeploymentThatDoesNotServe() {
        control.remove("web-r1", false);

        assertThat(host.graph().deployments().exists("web-r1")).isFalse();
        assertThat(host.podman().calls()).contains("rm web-r1");
    }

    @Test
    void refusesToRemoveTheServingDeploymentUnlessForced() {
        assertThatThrownBy(() -> control.remove("web-r2", false))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("'web-r2' serves revision 2 of service 'web'")
                .hasMessageContaining("--force");
        assertThat(host.graph().deployments().exists("web-r2")).isTrue();

        assertThat(control.remove("web-r2", true)).contains("removed");
        assertThat(host.graph().deployments().exists("web-r2")).isFalse();
    }

    @Test
    void unknownOrUnsafeNamesAreNotFound() {
        assertThatThrownBy(() -> control.stop("nope")).hasMessageStartingWith("no deployment 'nope'");
        assertThatThrownBy(() -> control.remove("../web", false)).hasMessageStartingWith("no deployment '../web'");
    }
}
