package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** An agent killed with SIGKILL in the middle of a deploy: the next command converges. */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConvergeIT {

    @Test
    @Order(1)
    void killedDeployIsCleanedUpAndTheServingDeploymentKeepsServing(SandboxHost host) throws Exception {
        AgentHost agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        agent.agentOk("reload");
        agent.setConfig("hello", "TAG", "v2");

        // headless: the engine runs in the CLI's own process, and dies with it
        host.execOk("sh", "-c", "nohup conductor-agent --local service deploy hello >/tmp/deploy.out 2>&1 &");
        awaitState(host, "WaitNext");
        host.execOk("pkill", "-9", "-f", "conductor-agent.jar --local service deploy");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(host.execOk("cat", "/var/lib/conductor/services/hello/state.json").stdout()).contains("WaitNext");

        // any later command converges: here the reload that also deploys the changed file
        assertThat(agent.agentOk("reload").stdout()).contains("redeployed hello");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        assertThat(agent.pods()).containsExactly("hello-r3");
        assertThat(agent.deploymentUnits()).containsExactly("conductor-deployment@hello-r3.service");
        assertThat(agent.caddyIds("hello-r")).containsExactly("hello-r3-route");
        assertThat(host.exec("ls", "/run/conductor/deployments").stdout().lines().toList())
                .containsExactly("hello-r3");
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do");
    }

    @Test
    @Order(2)
    void killedCliLeavesTheDeployToTheResidentAgentWhichFinishesIt(SandboxHost host) throws Exception {
        AgentHost agent = AgentHost.install(host);
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        agent.setConfig("hello", "TAG", "v1");

        host.execOk("sh", "-c", "nohup conductor-agent service deploy hello --drain 1 >/tmp/deploy.out 2>&1 &");
        awaitState(host, "WaitNext");
        host.execOk("pkill", "-9", "-f", "conductor-agent.jar service deploy");

        String revision = agent.agentOk("service", "wait", "hello", "--timeout", "60").stdout();
        assertThat(revision).contains("stable");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        List<String> left = host.exec("ls", "/run/conductor/deployments").stdout().lines().toList();
        assertThat(left).hasSize(1);
        assertThat(agent.pods()).isEqualTo(left);
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do").doesNotContain("cleaned");
    }

    @Test
    @Order(3)
    void aDeployKilledWhileDrainingIsFinishedByTheNextReloadWithoutAnotherRevision(SandboxHost host)
            throws Exception {
        AgentHost agent = AgentHost.install(host);
        agent.setConfig("hello", "TAG", "v2");

        host.execOk("sh", "-c", "nohup conductor-agent --local service deploy hello --drain 30 >/tmp/deploy.out 2>&1 &");
        awaitPattern(host, "\"switched\" *: *true");
        host.execOk("pkill", "-9", "-f", "conductor-agent.jar --local service deploy");
        String killed = host.execOk("sh", "-c", "ls /run/conductor/deployments | sort | tail -1").stdout().strip();

        String reload = agent.agentOk("reload").stdout();

        assertThat(reload).contains("finished the interrupted deploy").doesNotContain("redeployed");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        assertThat(agent.pods()).containsExactly(killed);
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do");
    }

    @Test
    @Order(4)
    void aConsoleSessionTerminatedMidDeployLeavesTheDeployToTheAgent(SandboxHost host) throws Exception {
        AgentHost agent = AgentHost.install(host);
        agent.setConfig("hello", "TAG", "v1");

        host.execOk("sh", "-c", "nohup sh -c '(echo \"{\\\"type\\\":\\\"request\\\",\\\"id\\\":\\\"d\\\","
                + "\\\"method\\\":\\\"service.deploy\\\",\\\"params\\\":{\\\"name\\\":\\\"hello\\\"}}\"; sleep 120)"
                + " | conductor-agent serve --stdio' >/tmp/serve.out 2>&1 &");
        awaitState(host, "WaitNext");
        host.execOk("pkill", "-TERM", "-f", "conductor-agent.jar serve --stdio");

        assertThat(agent.agentOk("service", "wait", "hello", "--timeout", "60").stdout()).contains("stable");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.pods()).hasSize(1);
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do");
    }

    private static void awaitPattern(SandboxHost host, String pattern) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (host.exec("grep", "-qE", pattern, "/var/lib/conductor/services/hello/state.json").exitCode() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("state never matched " + pattern + ": " + host.exec("cat", "/tmp/deploy.out").stdout());
    }

    private static void awaitState(SandboxHost host, String state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (host.exec("grep", "-q", "\"" + state + "\"", "/var/lib/conductor/services/hello/state.json")
                    .exitCode() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("state never reached " + state + ": " + host.exec("cat", "/tmp/deploy.out").stdout());
    }
}
