package dev.conductor.agent.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.engine.TestEngine;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.wiring.AgentGraph;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deploy whose own clean-up fails too still ends recorded as failed, with the deploy-failed kind. */
class DeployerTest {

    @TempDir
    Path root;

    @Test
    void aDeployFailingAtDaemonReloadIsRecordedAsFailedEvenWhenItsCleanupFails() {
        TestEngine host = new TestEngine(root).service("web", "{\"pods\": [{\"name\": \"\", \"pod_template\": \"./pod\"}]}");
        host.serving("web", 1, Map.of(), "web-r1");
        host.systemd().set("conductor-service@web.service", "active")
                .failDaemonReload("Refusing to reload, not enough space available on /run/systemd");
        AgentGraph graph = host.graph();

        assertThatThrownBy(() -> graph.serviceOperations(DeployListener.SILENT).deploy("web", DeployOptions.DEFAULT))
                .isInstanceOfSatisfying(DeployException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DEPLOY_FAILED))
                .hasMessageContaining("not enough space available on /run/systemd")
                .hasMessageContaining("removing it failed")
                .hasMessageContaining("revision 1 still serves");

        ServiceState state = graph.states().load("web");
        assertThat(state.deploying()).isFalse();
        assertThat(state.current().deployments()).containsExactly("web-r1");
        assertThat(graph.deployments().exists("web-r2")).isFalse();
    }
}
