package dev.conductor.agent.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.agent.engine.LoadLoop;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The resident agent on a real host: the deploy path starts no JVM but the agent's own and the
 * CLI's, kill -9 of the agent at each deploy step leaves the serving version serving and nothing
 * orphaned, and scripts wait for deploys over the socket.
 */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaemonIT {

    private static final String SOCKET = "/run/conductor/agent.sock";
    private static AgentHost agent;
    private static int tag = 1;

    @BeforeAll
    static void installAgentAndService(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        agent.agentOk("reload");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    @Order(1)
    void deployStartsNoJvmButTheAgentsAndTheCallersOwn() {
        assertThat(agent.host().execOk("systemctl", "show", "-p", "ExecStart", "--value",
                "conductor-deployment@hello-r1.service").stdout()).contains("/usr/local/lib/conductor/conductor-unit");
        agent.host().execOk("sh", "-c", "nohup sh -c 'while [ ! -e /tmp/jvms.stop ]; do pgrep -xc java >> /tmp/jvms;"
                + " sleep 0.02; done' >/dev/null 2>&1 &");
        nextTag();
        agent.agentOk("service", "deploy", "hello", "--drain", "0");
        agent.host().execOk("touch", "/tmp/jvms.stop");
        List<Integer> counts = agent.host().execOk("cat", "/tmp/jvms").stdout().lines().map(Integer::parseInt).toList();
        assertThat(counts).as("java processes seen during the deploy").isNotEmpty().allMatch(n -> n <= 2).contains(2);
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 " + currentTag());
    }

    @ParameterizedTest
    @Order(2)
    @ValueSource(strings = {"start", "started", "healthy", "switched", "drain", "old-stopped"})
    void killingTheAgentAtAnyDeployStepLeavesOneVersionServingAndNothingOrphaned(String step) {
        String before = currentTag();
        nextTag();
        LoadLoop load = LoadLoop.start(agent.host(), "/hello/", 1500, Duration.ofSeconds(60));
        agent.host().execOk("sh", "-c", "rm -f /tmp/deploy.log; nohup conductor-agent service deploy hello --drain 2"
                + " > /tmp/deploy.log 2>&1 &");
        awaitLogLine(" " + step + " ");
        agent.host().execOk("sh", "-c", "kill -9 $(systemctl show -p MainPID --value conductor-agent.service)");
        awaitAgentBack();
        String serving = awaitSettled();
        load.awaitSomeRequestsAfterNow(20);
        LoadLoop.Result result = load.stop();

        assertThat(result.failures()).as("failed requests around the kill at %s: %s", step, result).isZero();
        assertThat(serving).isIn(before, currentTag());
        if (List.of("switched", "drain", "old-stopped").contains(step)) {
            assertThat(serving).as("killed after the switch: the deploy is finished").isEqualTo(currentTag());
        }
        assertNothingOrphaned();
    }

    @Test
    @Order(3)
    void scriptsWaitForADeployOverTheSocketAndTheCli() {
        ExecResult state = curl("/v1/state");
        assertThat(state.stdout()).contains("\"name\":\"hello\"", "\"state\":\"Stable\"");
        nextTag();
        agent.host().execOk("sh", "-c", "nohup conductor-agent service deploy hello > /tmp/deploy.log 2>&1 &");
        int next = awaitNextRevision();
        ExecResult waited = curl("/v1/wait_for?service=hello&revision=" + next + "&timeout=60");
        assertThat(waited.stdout()).contains("\"status\":\"stable\"", "\"revision\":" + next);
        assertThat(agent.agentOk("service", "wait", "hello", "--timeout", "5").stdout()).contains("stable");

        agent.setConfig("hello", "TAG", "v404");
        ExecResult failed = agent.agent("service", "deploy", "hello");
        assertThat(failed.exitCode()).isEqualTo(4);
        ExecResult waitFailed = agent.agent("service", "wait", "hello", "--timeout", "5");
        assertThat(waitFailed.exitCode()).isEqualTo(4);
        assertThat(waitFailed.stderr()).contains("failed", "v404");
        assertThat(agent.host().exec("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--unix-socket", SOCKET,
                "http://agent/v1/wait_for?service=hello&timeout=5").stdout()).isEqualTo("409");
        assertThat(agent.agent("service", "wait", "nothing").exitCode()).isEqualTo(5);
        agent.setConfig("hello", "TAG", currentTag());
        agent.agentOk("service", "deploy", "hello");
    }

    @Test
    @Order(4)
    void socketIsRootOnlyAndTheCliWorksWithoutTheAgent() {
        assertThat(agent.host().execOk("stat", "-c", "%a %U", SOCKET).stdout().strip()).isEqualTo("600 root");
        agent.host().execOk("systemctl", "stop", "conductor-agent.socket", "conductor-agent.service");
        try {
            assertThat(agent.agentOk("service", "ls").stdout()).contains("hello", "Stable");
        } finally {
            agent.host().execOk("systemctl", "start", "conductor-agent.socket", "conductor-agent.service");
        }
        assertThat(agent.agentOk("--local", "service", "ls").stdout()).contains("hello", "Stable");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 " + currentTag());
    }

    @Test
    @Order(5)
    void systemdStaysTheSourceOfTruthForWhatRuns() {
        agent.host().execOk("systemctl", "stop", "conductor-service@hello.service");
        assertThat(agent.pods()).isEmpty();
        assertThat(agent.caddyIds("hello-r")).isEmpty();
        assertThat(agent.viaCaddy("/hello/")).doesNotContain(currentTag());
        agent.host().execOk("systemctl", "start", "conductor-service@hello.service");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 " + currentTag());
        assertThat(agent.pods()).hasSize(1);
    }

    private static void assertNothingOrphaned() {
        String state = agent.agentOk("service", "show", "hello", "--json").stdout();
        List<String> deployments = agent.host().execOk("ls", "/run/conductor/deployments").stdout().lines().toList();
        assertThat(deployments).as("deployment directories; state: %s", state).hasSize(1);
        String current = deployments.get(0);
        assertThat(agent.pods()).containsExactly(current);
        assertThat(agent.deploymentUnits()).containsExactly("conductor-deployment@" + current + ".service");
        assertThat(agent.caddyIds("hello-r")).allMatch(id -> id.contains(current + "-") || id.endsWith(current));
        assertThat(agent.host().execOk("podman", "ps", "-a", "--format", "{{.Names}}").stdout().lines()
                .filter(name -> !name.endsWith("-infra")).toList()).allMatch(name -> name.startsWith(current + "-"));
    }

    private static void awaitLogLine(String fragment) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!agent.host().exec("cat", "/tmp/deploy.log").stdout().contains(fragment)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("deploy never reached '" + fragment + "': "
                        + agent.host().exec("cat", "/tmp/deploy.log").stdout());
            }
            pause(20);
        }
    }

    private static void awaitAgentBack() {
        Instant deadline = Instant.now().plusSeconds(60);
        while (curl("/v1/state").exitCode() != 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the agent did not come back: "
                        + agent.host().exec("journalctl", "-u", "conductor-agent", "-n", "30", "--no-pager").stdout());
            }
            pause(100);
        }
    }

    /** Waits until no deploy is in flight and returns what serves. */
    private static String awaitSettled() {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            String state = curl("/v1/state").stdout();
            if (state.contains("\"next\":null") && !state.contains("Wait")) {
                return agent.viaCaddy("/hello/").replace("200 ", "");
            }
            pause(200);
        }
        throw new AssertionError("deploy never settled: " + curl("/v1/state").stdout());
    }

    private static int awaitNextRevision() {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":(\\d+)").matcher(curl("/v1/state").stdout());
            if (next.find()) {
                return Integer.parseInt(next.group(1));
            }
            pause(20);
        }
        throw new AssertionError("no deploy began: " + curl("/v1/state").stdout());
    }

    private static ExecResult curl(String path) {
        return agent.host().exec("curl", "-s", "--fail", "-m", "70", "--unix-socket", SOCKET, "http://agent" + path);
    }

    private static void nextTag() {
        tag = tag == 1 ? 2 : 1;
        agent.setConfig("hello", "TAG", currentTag());
    }

    private static String currentTag() {
        return "v" + tag;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
