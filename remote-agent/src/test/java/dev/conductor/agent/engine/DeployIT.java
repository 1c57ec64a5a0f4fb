package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Deploy, failed deploy, rollback and hold on a real host: systemd units, Podman pods and Caddy
 * routes, with requests through Caddy during every switch.
 */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployIT {

    private static AgentHost agent;

    @BeforeAll
    static void installAgentAndService(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        agent.agentOk("reload");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    @Order(1)
    void deployOfANewVersionDropsNoRequest() {
        agent.setConfig("hello", "TAG", "v2");
        LoadLoop load = LoadLoop.start(agent.host(), "/hello/", 600, Duration.ofSeconds(40));
        ExecResult deploy = agent.agentOk("service", "deploy", "hello");
        load.awaitSomeRequestsAfterNow(20);
        LoadLoop.Result result = load.stop();

        assertThat(deploy.stdout()).contains("healthy", "switched", "old-stopped", "revision 2 serving");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        assertThat(result.failures()).as("failed requests during the switch: %s", result).isZero();
        assertThat(result.bodies()).contains("v1", "v2");
        assertThat(agent.pods()).containsExactly("hello-r2");
        assertThat(agent.deploymentUnits()).containsExactly("conductor-deployment@hello-r2.service");
    }

    @Test
    @Order(2)
    void failedDeployLeavesTheOldDeploymentServingAndNothingHalfMade() {
        agent.setConfig("hello", "TAG", "v9");
        ExecResult deploy = agent.agent("service", "deploy", "hello");

        assertThat(deploy.exitCode()).isEqualTo(4);
        assertThat(deploy.stderr()).contains("revision 3 failed").contains("v9").contains("revision 2 still serves");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        assertThat(agent.pods()).containsExactly("hello-r2");
        assertThat(agent.deploymentUnits()).containsExactly("conductor-deployment@hello-r2.service");
        assertThat(agent.caddyIds("hello-r3")).isEmpty();
        assertThat(agent.host().exec("ls", "/run/conductor/deployments").stdout().lines().toList())
                .containsExactly("hello-r2");
        assertThat(agent.agentOk("service", "show", "hello", "--json").stdout()).contains("TryAgainNext");
    }

    @Test
    @Order(3)
    void rollbackServesTheEarlierConfigAndHoldsAcrossReload() {
        // the file still says v9: the hold keeps reload from deploying it
        LoadLoop load = LoadLoop.start(agent.host(), "/hello/", 600, Duration.ofSeconds(40));
        agent.agentOk("service", "rollback", "hello", "--to", "1");
        load.awaitSomeRequestsAfterNow(20);
        LoadLoop.Result result = load.stop();

        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(result.failures()).as("failed requests during the rollback: %s", result).isZero();
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        String history = agent.agentOk("service", "history", "hello").stdout();
        assertThat(history).contains("rollback to 1").contains("serving (held)").contains("TAG=v9");
    }

    @Test
    @Order(4)
    void changingTheFileReleasesTheHold() {
        agent.setConfig("hello", "TAG", "v2");
        ExecResult reload = agent.agentOk("reload");
        assertThat(reload.stdout()).contains("redeployed hello");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        assertThat(agent.pods()).hasSize(1);
        List<String> units = agent.deploymentUnits();
        assertThat(units).hasSize(1);
    }
}
