package dev.conductor.agent.fleet;

import static dev.conductor.agent.fleet.SandboxFleet.lastLine;
import static dev.conductor.agent.fleet.SandboxFleet.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three sandbox hosts in one cluster share a service by {@code fleet push}: it is placed on two
 * of them by its resources and serves there through Caddy (their heartbeats, in {@code fleet ls --json}'s
 * {@code running_on}, say they run it, then its second version), a second push redeploys it with no
 * failed request, a broken push changes nothing, a host cut off the network loses its replica to
 * the third host while it keeps serving alone without NATS quorum, it drops the replica when it
 * comes back, a host powered off loses its replica too, and {@code fleet rm} stops it everywhere.
 * The agents run with their defaults (watch on).
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetIT {

    private static final List<String> NAMES = List.of("fleet-it-1", "fleet-it-2", "fleet-it-3");
    private static final Path SAMPLE = Path.of("..", "installers", "samples", "hello");
    private static final String PUSHED = "/root/push/hello";
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static SandboxFleet fleet;
    /** The host cut off or powered off by an earlier test, if any. */
    private static String cut;
    private static String gone;

    @BeforeAll
    static void bootAClusterOfThree() {
        fleet = SandboxFleet.boot(NAMES, host -> "{\"resources\": {\"vcpu\": 4}}\n", AgentHost::installWithDefaults);
        agent(1).agentOk("cluster", "init");
        for (int i = 2; i <= 3; i++) {
            String invite = lastLine(agent(1).agentOk("cluster", "invite").stdout());
            agent(i).agentOk("cluster", "join", invite);
        }
        await("three alive peers", () -> alivePeers() == 3);
    }

    @AfterAll
    static void removeHosts() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void aPushedServiceIsPlacedOnTwoHostsAndServesThere() {
        writeService("v1", "{\"replicas\": 2, \"resources\": {\"best\": {\"vcpu\": 1}},");

        assertThat(agent(1).agentOk("fleet", "push", PUSHED).stdout()).startsWith("pushed hello version 1");

        await("hello placed on two hosts", () -> placed().size() == 2);
        await("v1 serving on both placed hosts", () -> servingOnPlaced("(?s)200 .*v1.*"));
        await("hello running, as the heartbeats say, where it is placed", () -> runningOn().equals(placed()));
        assertThat(fleet().get(0).path("running_on")).allSatisfy(on -> {
            assertThat(on.path("digest").asText()).isEqualTo(fleet().get(0).path("digest").asText());
            assertThat(on.path("state").asText()).isEqualTo("Stable");
        });
        AgentHost idle = idle();
        assertThat(idle.host().exec("test", "-e", "/run/conductor/services/hello").exitCode()).isNotZero();
        assertThat(idle.viaCaddy("/hello/")).doesNotContain("v1");
    }

    @Test
    @Order(2)
    void aSecondPushRedeploysWithoutAFailedRequest() {
        await("hello placed on two hosts", () -> placed().size() == 2);
        AgentHost serving = on(placed().get(0));
        serving.host().execOk("sh", "-c", "rm -f /tmp/codes; (for i in $(seq 1 400); do curl -s -o /dev/null -m 2"
                + " -w '%{http_code}\\n' http://localhost/hello/ >> /tmp/codes; sleep 0.05; done) >/dev/null 2>&1 &");
        writeService("v2", "{\"replicas\": 2, \"resources\": {\"best\": {\"vcpu\": 1}},");
        Instant pushed = Instant.now();

        assertThat(agent(1).agentOk("fleet", "push", PUSHED).stdout()).startsWith("pushed hello version 2");

        await("v2 serving on both placed hosts", () -> servingOnPlaced("(?s).*v2.*"));
        System.out.printf("fleet-it: push to v2 serving on both hosts: %.1f s%n",
                Duration.between(pushed, Instant.now()).toMillis() / 1000.0);
        String v2 = fleet().get(0).path("digest").asText();
        await("both hosts say they run v2", () -> fleet().get(0).path("running_on").findValuesAsText("digest")
                .equals(List.of(v2, v2)));
        await("the request loop's end", () -> serving.host().exec("sh", "-c", "[ $(wc -l < /tmp/codes) -ge 400 ]")
                .exitCode() == 0);
        List<String> codes = serving.host().readFile("/tmp/codes").lines().toList();
        assertThat(codes).hasSize(400).allMatch("200"::equals);
    }

    @Test
    @Order(3)
    void aPushThatDoesNotLoadIsRefusedAndChangesNothing() {
        agent(1).host().writeFile(PUSHED + "/conductor-service.json", "{\"hooks\": [{\"id\": \"h\","
                + " \"when\": \"sometimes\", \"exec\": [\"./h\"]}]}");

        ExecResult refused = agent(1).agent("fleet", "push", PUSHED);

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("nothing was pushed").contains("/hooks/0/when").contains("sometimes");
        JsonNode hello = fleet().get(0);
        assertThat(hello.path("version").asLong()).isEqualTo(2);
        placed().forEach(host -> assertThat(on(host).viaCaddy("/hello/")).contains("v2"));
    }

    @Test
    @Order(4)
    void aHostCutOffLosesItsReplicaToTheThirdAndKeepsServingWithoutQuorum() {
        String lost = placedOffTheFirst();
        cut = lost;

        movesOff(lost, fleet::cutOff, "host cut off to its replica serving on the third host");
        await(lost + " saying it lost the fleet", () -> on(lost).host().exec("journalctl", "-u", "conductor-agent",
                "--no-pager").stdout().contains("(what runs here keeps running)"));
        assertThat(on(lost).viaCaddy("/hello/")).contains("v2");
    }

    @Test
    @Order(5)
    void aHostThatComesBackDropsTheReplicaItLost() {
        String back = cut;
        fleet.reconnect(back);
        cut = null;

        await(back + " alive again", () -> alivePeers() == 3);
        await("hello gone from " + back, () -> on(back).host().exec("test", "-e", "/run/conductor/services/hello")
                .exitCode() != 0 && !on(back).viaCaddy("/hello/").contains("v2"));
        assertThat(placed()).hasSize(2).doesNotContain(back);
        placed().forEach(host -> assertThat(on(host).viaCaddy("/hello/")).contains("v2"));
    }

    @Test
    @Order(6)
    void aHostPoweredOffLosesItsReplica() {
        String lost = placedOffTheFirst();

        movesOff(lost, fleet::powerOff, "host powered off to its replica serving on another host");
        gone = lost;
    }

    @Test
    @Order(7)
    void removedFromTheFleetItStopsEverywhere() {
        List<String> serving = placed();

        assertThat(agent(1).agentOk("fleet", "rm", "hello").stdout()).contains("removed hello");

        for (String host : serving) {
            await("hello gone from " + host, () -> on(host).host().exec("test", "-e", "/run/conductor/services/hello")
                    .exitCode() != 0 && !on(host).viaCaddy("/hello/").contains("v2"));
        }
        assertThat(fleet()).isEmpty();
    }

    private static void writeService(String tag, String opening) {
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals("conductor-service.json")) {
                    text = text.replace("\"TAG\": \"v1\"", "\"TAG\": \"" + tag + "\"").replaceFirst("\\{", opening);
                }
                String remote = PUSHED + "/" + file.getFileName();
                agent(1).host().writeFile(remote, text);
                if (Files.isExecutable(file)) {
                    agent(1).host().execOk("chmod", "+x", remote);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A host the service is placed on, not the first (where the test's commands run). */
    private static String placedOffTheFirst() {
        return placed().stream().filter(host -> !host.equals(NAMES.get(0))).findFirst().orElseThrow();
    }

    /** Takes {@code lost} away and waits until its replica serves on the host that had none; prints how long. */
    private static void movesOff(String lost, Consumer<String> takeAway, String measured) {
        AgentHost other = idle();
        Instant off = Instant.now();

        takeAway.accept(lost);

        await("hello moved off " + lost, () -> {
            List<String> now = placed();
            return now.size() == 2 && !now.contains(lost) && now.contains(other.host().name());
        });
        await("v2 serving on " + other.host().name(), () -> other.viaCaddy("/hello/").contains("v2"));
        System.out.printf("fleet-it: %s: %.1f s%n", measured, Duration.between(off, Instant.now()).toMillis() / 1000.0);
    }

    /** Whether both hosts the service is placed on now answer {@code body} through Caddy. */
    private static boolean servingOnPlaced(String body) {
        List<String> placed = placed();
        return placed.size() == 2 && placed.stream().allMatch(host -> on(host).viaCaddy("/hello/").matches(body));
    }

    /** Alive peers in {@code peer ls}, or 0 while it fails (JetStream electing again after a host came back). */
    private static long alivePeers() {
        ExecResult peers = agent(1).agent("peer", "ls", "--json");
        return peers.exitCode() != 0 ? 0 : parse(peers.stdout()).findValuesAsText("state").stream()
                .filter("alive"::equals).count();
    }

    private static JsonNode fleet() {
        return parse(agent(1).agentOk("fleet", "ls", "--json").stdout());
    }

    private static List<String> placed() {
        ExecResult ls = agent(1).agent("fleet", "ls", "--json");
        if (ls.exitCode() != 0 || parse(ls.stdout()).isEmpty()) {
            return List.of();
        }
        List<String> hosts = new ArrayList<>();
        parse(ls.stdout()).get(0).path("placed_on").forEach(host -> hosts.add(host.asText()));
        return hosts;
    }

    /** The hosts that {@code fleet ls --json} says run hello, from their heartbeats. */
    private static List<String> runningOn() {
        ExecResult ls = agent(1).agent("fleet", "ls", "--json");
        return ls.exitCode() != 0 || parse(ls.stdout()).isEmpty() ? List.of()
                : parse(ls.stdout()).get(0).path("running_on").findValuesAsText("host");
    }

    private static AgentHost on(String name) {
        return fleet.agents().stream().filter(agent -> agent.host().name().equals(name)).findFirst().orElseThrow();
    }

    /** A host that runs on and is not placed. */
    private static AgentHost idle() {
        List<String> placed = placed();
        return fleet.agents().stream().map(agent -> agent.host().name())
                .filter(name -> !placed.contains(name) && !name.equals(gone)).findFirst().map(FleetIT::on)
                .orElseThrow();
    }

    private static AgentHost agent(int index) {
        return fleet.agent(index);
    }

    private static void await(String what, BooleanSupplier condition) {
        fleet.await(what, BOUND, condition);
    }
}
