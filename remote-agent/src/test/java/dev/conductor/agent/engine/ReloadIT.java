package dev.conductor.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code reload} on a real host: start, idempotence, broken files, removed services, Caddy restarts. */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReloadIT {

    private static AgentHost agent;

    @BeforeAll
    static void install(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
    }

    @Test
    @Order(1)
    void reloadStartsDeclaredServicesThenChangesNothing() {
        ExecResult first = agent.agentOk("reload");
        assertThat(first.stdout()).contains("started    hello");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.host().execOk("systemctl", "is-active", "conductor-service@hello.service",
                "conductor-service-config@hello.service", "conductor-deployment@hello-r1.service",
                "conductor-deployment-config@hello-r1.service").stdout()).doesNotContain("inactive", "failed");

        ExecResult second = agent.agentOk("reload", "--json");
        assertThat(second.stdout()).contains("\"actions\" : [ ]");
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do");
        assertThat(agent.pods()).containsExactly("hello-r1");
    }

    @Test
    @Order(2)
    void brokenFileIsReportedWithItsLocationAndOthersKeepRunning() {
        agent.host().writeFile("/etc/conductor/services/broken/conductor-service.json",
                "{\n  \"inherit\" [\"base.json\"],\n  \"app_name\": \"broken\"\n}\n");
        ExecResult reload = agent.agent("reload");
        assertThat(reload.exitCode()).isEqualTo(3);
        assertThat(reload.stdout()).contains("broken     broken: /etc/conductor/services/broken/conductor-service.json:2:");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.agent("reload", "--json").stdout()).contains("\"location\" : \"2:");
        agent.host().execOk("rm", "-r", "/etc/conductor/services/broken");
    }

    @Test
    @Order(3)
    void removedServiceIsStoppedWithItsPodUnitsAndRoutes() {
        agent.addSample("hello", "hello2");
        agent.setConfig("hello2", "ROUTE_PATH", "\\/hello2");
        assertThat(agent.agentOk("reload").stdout()).contains("started    hello2");
        assertThat(agent.viaCaddy("/hello2/")).isEqualTo("200 v1");

        agent.host().execOk("rm", "-r", "/etc/conductor/services/hello2");
        assertThat(agent.agentOk("reload").stdout()).contains("stopped    hello2: service files are gone");
        assertThat(agent.pods()).containsExactly("hello-r1");
        assertThat(agent.deploymentUnits()).containsExactly("conductor-deployment@hello-r1.service");
        assertThat(agent.caddyIds("hello2")).isEmpty();
        assertThat(agent.viaCaddy("/hello2/")).doesNotContain("v1");
        assertThat(agent.agentOk("reload").stdout()).contains("nothing to do");
    }

    @Test
    @Order(4)
    void aRouteIdAnotherDeploymentOwnsIsRefusedBeforeAnythingChanges() {
        agent.addSample("hello", "thief");
        agent.host().writeFile("/etc/conductor/services/thief/proxy-config.template", """
                #!/bin/sh
                [ -z "${POD_IP_ADDRESS:-}" ] && { echo '[]'; exit 0; }
                echo '[{"id": "conductor-server/routes", "config": {"@id": "hello-r1-route",
                  "handle": [{"handler": "static_response", "body": "stolen"}]}}]'
                """);
        agent.host().execOk("chmod", "+x", "/etc/conductor/services/thief/proxy-config.template");
        ExecResult reload = agent.agent("reload");
        assertThat(reload.exitCode()).isEqualTo(1);
        assertThat(reload.stdout() + reload.stderr()).contains("hello-r1-route");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
        assertThat(agent.pods()).containsExactly("hello-r1");
        agent.host().execOk("rm", "-r", "/etc/conductor/services/thief");
        assertThat(agent.agentOk("reload").stdout()).contains("stopped    thief");
        assertThat(agent.host().exec("systemctl", "list-units", "--all", "--plain", "--no-legend", "*thief*").stdout())
                .as("units of the removed service").isBlank();
    }

    // one unit per call: `systemctl is-active a b` succeeds as soon as any of them is active
    private static void awaitActive(String... units) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (String unit : units) {
            while (agent.host().exec("systemctl", "is-active", "--quiet", unit).exitCode() != 0) {
                assertThat(Instant.now()).as("unit %s active", unit).isBefore(deadline);
            }
        }
    }

    @Test
    @Order(5)
    void routesComeBackWhenCaddyRestartsReloadsOrStopsAndStarts() {
        for (String action : new String[] {"restart", "reload", "stop-start"}) {
            if (action.equals("stop-start")) {
                agent.host().execOk("systemctl", "stop", "caddy");
                agent.host().execOk("systemctl", "start", "caddy");
            } else {
                agent.host().execOk("systemctl", action, "caddy");
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            String answer = agent.viaCaddy("/hello/");
            while (!answer.equals("200 v1") && Instant.now().isBefore(deadline)) {
                answer = agent.viaCaddy("/hello/");
            }
            assertThat(answer).as("after systemctl %s caddy", action).isEqualTo("200 v1");
            assertThat(agent.caddyIds("conductor-server")).containsExactly("conductor-server");
            assertThat(agent.caddyIds("hello-r1")).containsExactly("hello-r1-route");
            // systemd drops a reload passed on to a unit that is still starting: let them settle
            awaitActive("conductor-caddy.service", "conductor-deployment-config@hello-r1.service");
        }
    }
}
