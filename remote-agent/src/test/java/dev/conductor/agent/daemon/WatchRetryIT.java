package dev.conductor.agent.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What the resident agent does when nobody types: watch mode and retries, with the agent's defaults. */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchRetryIT {

    private static final String FILE = "/etc/conductor/services/hello/conductor-service.json";
    private static AgentHost agent;

    @BeforeAll
    static void installAgentAndService(SandboxHost host) {
        agent = AgentHost.installWithDefaults(host);
        agent.addSample("hello", "hello");
        agent.awaitTrue("the new service started by itself", () -> agent.viaCaddy("/hello/").equals("200 v1"));
    }

    @Test
    @Order(1)
    void anEditIsAppliedABrokenFileIsNotAndTheFixIs() {
        agent.setConfig("hello", "TAG", "v2");
        agent.awaitTrue("the edit deployed", () -> agent.viaCaddy("/hello/").equals("200 v2"));
        agent.agentOk("service", "wait", "hello", "--timeout", "60");

        agent.host().execOk("sh", "-c", "echo '{ broken' >> " + FILE);
        agent.awaitTrue("the broken file reported",
                () -> agent.host().exec("journalctl", "-u", "conductor-agent", "--no-pager").stdout()
                        .contains("not applied"));
        assertThat(agent.agentOk("service", "ls").stdout()).contains("broken");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
        assertThat(agent.pods()).hasSize(1);

        agent.host().execOk("sed", "-i", "$d", FILE);
        agent.setConfig("hello", "TAG", "v1");
        agent.awaitTrue("the fix deployed", () -> agent.viaCaddy("/hello/").equals("200 v1"));
        agent.agentOk("service", "wait", "hello", "--timeout", "60");
        assertThat(agent.agentOk("service", "ls").stdout()).contains("Stable").doesNotContain("broken");
    }

    @Test
    @Order(2)
    void aFailedDeployIsRetriedWithBackoffUntilTheFileIsFixed() {
        agent.setConfig("hello", "TAG", "v404");
        agent.awaitTrue("a second attempt", () -> curl("/v1/state").contains("\"attempts\":2"));
        String state = curl("/v1/state");
        assertThat(state).contains("\"state\":\"TryAgainNext\"").containsPattern("\"retry_at\":\"[0-9T:.-]+Z\"");
        assertThat(agent.agentOk("service", "ls").stdout()).containsPattern("TryAgainNext \\(attempt 2, retry "
                + "\\d\\d:\\d\\d:\\d\\d\\)");
        assertThat(agent.agentOk("service", "show", "hello").stdout()).contains("v404");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.host().execOk("journalctl", "-u", "conductor-agent", "--no-pager").stdout())
                .contains("retry: hello: attempt 2 of revision");

        agent.setConfig("hello", "TAG", "v2");
        agent.awaitTrue("the fixed file deployed", () -> agent.viaCaddy("/hello/").equals("200 v2"));
        agent.agentOk("service", "wait", "hello", "--timeout", "60");
        assertThat(curl("/v1/state")).contains("\"state\":\"Stable\"", "\"attempts\":0");
        assertThat(agent.pods()).hasSize(1);
    }

    private static String curl(String path) {
        return agent.host().exec("curl", "-s", "--unix-socket", "/run/conductor/agent.sock", "http://agent" + path)
                .stdout();
    }
}
