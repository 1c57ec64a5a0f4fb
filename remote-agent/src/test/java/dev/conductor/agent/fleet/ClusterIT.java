package dev.conductor.agent.fleet;

import static dev.conductor.agent.fleet.SandboxFleet.lastLine;
import static dev.conductor.agent.fleet.SandboxFleet.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three sandbox hosts with the packaged agent form a fleet: init on the first, invite and join on
 * the others, three alive peers seen from each, the peers bucket kept on three servers, and a
 * powered-off host seen as missing.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final List<String> NAMES = List.of("cluster-it-1", "cluster-it-2", "cluster-it-3");
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static SandboxFleet fleet;

    @BeforeAll
    static void bootThreeHosts() {
        fleet = SandboxFleet.boot(NAMES, host -> "{\"labels\": {\"name\": \"" + host.name() + "\"}}\n",
                AgentHost::install);
    }

    @AfterAll
    static void removeHosts() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void aSingleHostHasNoNatsUntilAsked() {
        assertThat(agent(1).host().exec("systemctl", "is-active", "conductor-nats.service").stdout().strip())
                .isNotEqualTo("active");
        ExecResult peers = agent(1).agent("peer", "ls");
        assertThat(peers.exitCode()).isEqualTo(5);
        assertThat(peers.stderr()).contains("in no cluster");
    }

    @Test
    @Order(2)
    void initStartsTheServerWithPrivateFilesAndSaysSoAgain() {
        assertThat(agent(1).agentOk("cluster", "init").stdout()).contains("initialized cluster conductor");
        assertThat(agent(1).agentOk("cluster", "init").stdout()).contains("already initialized");
        SandboxHost host = agent(1).host();
        assertThat(host.execOk("stat", "-c", "%a", "/etc/conductor/nats", "/etc/conductor/nats/tls",
                "/etc/conductor/nats/nats.conf", "/etc/conductor/nats/cluster.json", "/etc/conductor/nats/tls/ca.key",
                "/etc/conductor/nats/tls/server.key").stdout().lines().toList())
                .containsExactly("700", "700", "600", "600", "600", "600");
        assertThat(host.execOk("systemctl", "is-active", "conductor-nats.service").stdout()).contains("active");
        assertThat(host.exec("systemctl", "is-enabled", "nats-server.service").stdout()).doesNotContain("enabled");
        assertThat(agent(1).agent("peer", "ls").stderr()).as("a cluster of one server runs no JetStream in 2.9")
                .contains("peers appear once a second server has joined");
        assertThat(host.exec("journalctl", "-u", "conductor-agent", "--no-pager").stdout())
                .doesNotContain(password(host));
    }

    @Test
    @Order(3)
    void invitesLetTwoHostsJoinOnceEach() {
        String invite = lastLine(agent(1).agentOk("cluster", "invite").stdout());
        assertThat(agent(2).agentOk("cluster", "join", invite).stdout()).contains("joined cluster conductor");
        ExecResult reused = agent(3).agent("cluster", "join", invite);
        assertThat(reused.exitCode()).as(reused.stderr()).isEqualTo(2);
        assertThat(reused.stderr()).contains("already used");
        agent(3).host().execOk("sh", "-c", "systemctl stop conductor-nats.service; rm -rf /etc/conductor/nats");

        awaitPeers(2, 2, rows -> rows.size() == 2);
        ExecResult notHere = agent(2).agent("cluster", "invite");
        assertThat(notHere.stderr()).as("invites come from the CA host").contains("does not hold the cluster's CA key");
        String second = lastLine(agent(1).agentOk("cluster", "invite").stdout());
        assertThat(agent(3).agentOk("cluster", "join", second).stdout()).contains("joined cluster conductor");
        assertThat(agent(3).host().exec("test", "-e", "/etc/conductor/nats/tls/ca.key").exitCode())
                .as("the CA key stays on the first host").isNotZero();
    }

    @Test
    @Order(4)
    void everyHostSeesThreeAlivePeers() {
        for (int i = 1; i <= 3; i++) {
            awaitPeers(i, 3, rows -> rows.size() == 3 && rows.stream().allMatch(r -> r.get("state").equals("alive")));
        }
        JsonNode rows = peers(3);
        assertThat(rows.findValuesAsText("host")).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(rows.get(0).path("labels").path("name").asText()).startsWith("cluster-it-");
    }

    @Test
    @Order(5)
    void thePeersBucketIsKeptOnThreeServers() {
        await("conductor-peers on 3 replicas", () -> replicas(agent(1).host(), "KV_conductor-peers") == 3);
    }

    @Test
    @Order(6)
    void aPoweredOffHostIsMissingAndCanBeForgotten() {
        fleet.powerOff(NAMES.get(2));
        awaitPeers(1, 3, rows -> rows.stream().anyMatch(r -> r.get("host").equals(NAMES.get(2))
                && r.get("state").equals("missing")));
        awaitPeers(2, 3, rows -> rows.stream().anyMatch(r -> r.get("host").equals(NAMES.get(0))
                && r.get("state").equals("alive")));
        agent(1).agentOk("peer", "rm", NAMES.get(2));
        awaitPeers(1, 2, rows -> rows.size() == 2 && rows.stream().noneMatch(r -> r.get("host").equals(NAMES.get(2))));
    }

    private static AgentHost agent(int index) {
        return fleet.agent(index);
    }

    private static JsonNode peers(int index) {
        return parse(agent(index).agentOk("peer", "ls", "--json").stdout());
    }

    private static void awaitPeers(int index, int expected, Predicate<List<Map<String, String>>> condition) {
        await("peer ls on host " + index + " (" + expected + " peers)", () -> {
            ExecResult result = agent(index).agent("peer", "ls", "--json");
            if (result.exitCode() != 0) {
                return false;
            }
            List<Map<String, String>> rows = new ArrayList<>();
            parse(result.stdout()).forEach(row -> rows.add(Map.of("host", row.path("host").asText(), "state",
                    row.path("state").asText())));
            return condition.test(rows);
        });
    }

    private static int replicas(SandboxHost host, String stream) {
        ExecResult jsz = host.exec("curl", "-s", "-m", "5",
                "http://127.0.0.1:8222/jsz?accounts=true&streams=true&config=true");
        if (jsz.exitCode() != 0) {
            return 0;
        }
        for (JsonNode account : parse(jsz.stdout()).path("account_details")) {
            for (JsonNode detail : account.path("stream_detail")) {
                if (detail.path("name").asText().equals(stream)) {
                    return detail.path("config").path("num_replicas").asInt();
                }
            }
        }
        return 0;
    }

    private static void await(String what, BooleanSupplier condition) {
        fleet.await(what, BOUND, condition);
    }

    private static String password(SandboxHost host) {
        return parse(host.readFile("/etc/conductor/nats/cluster.json")).path("agent_password").asText();
    }
}
