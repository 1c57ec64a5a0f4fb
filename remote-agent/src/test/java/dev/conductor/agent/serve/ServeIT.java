package dev.conductor.agent.serve;

import static dev.conductor.agent.serve.ServeMethodsTest.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.engine.AgentHost;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Hello;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code serve --stdio} in a real host: listings, commands, logs, live events and a deploy over one session. */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String HELLO_JSON = "/etc/conductor/services/hello/conductor-service.json";
    private static AgentHost agent;
    private static SandboxSession session;
    private static ProtocolClient client;

    @BeforeAll
    static void installAndServe(SandboxHost host) {
        agent = AgentHost.install(host);
        agent.addSample("hello", "hello");
        host.writeFile("/etc/conductor/services/hello/slow.cmd", "#!/bin/sh\necho started\nsleep 60\necho never\n");
        host.execOk("chmod", "+x", "/etc/conductor/services/hello/slow.cmd");
        host.execOk("sed", "-i", "s/\"commands\": {/\"commands\": {\"slow\": {\"service\": true, \"exec\": [\".\\/slow.cmd\"]},/",
                HELLO_JSON);
        agent.agentOk("reload");
        session = SandboxSession.start(host);
        client = session.client();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @Order(1)
    void helloThenListingsWithDisplayColumns(SandboxHost host) {
        Hello hello = (Hello) client.next(null, WAIT);
        JsonNode services = client.call("services.list", params(), WAIT).result().path("services");
        JsonNode deployments = client.call("deployments.list", params(), WAIT).result().path("deployments");

        assertThat(hello.hostname()).isEqualTo(host.name());
        assertThat(hello.capabilities()).contains("events", "logs", "deploy");
        assertThat(services.get(0).path("name").asText()).isEqualTo("hello");
        assertThat(services.get(0).path("state").asText()).isEqualTo("Stable");
        assertThat(services.get(0).path("display").toString()).isEqualTo("{\"TAG\":\"v1\"}");
        assertThat(deployments.get(0).path("state").asText()).isEqualTo("active/Running");
        assertThat(deployments.get(0).path("ip").asText()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    }

    @Test
    @Order(2)
    void commandsStreamTheirOutputAndCancelKillsThem(SandboxHost host) throws InterruptedException {
        ProtocolClient.Reply version = client.call("command.run", params("service", "hello", "command", "version"), WAIT);
        assertThat(version.data("output").get(0).path("data").asText()).isEqualTo("v1\n");
        assertThat(version.result().path("exit_code").asInt()).isZero();

        String slow = client.request("command.run", params("service", "hello", "command", "slow"));
        client.awaitEvent(slow, event -> event.data().path("data").asText().contains("started"), WAIT);
        client.cancel(slow);

        assertThat(client.awaitEnd(slow, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(gone(host, "sleep 60")).as("the command's sleep was killed").isTrue();
    }

    @Test
    @Order(3)
    void logsFollowStreamsNewJournalLinesUntilCancelled(SandboxHost host) throws InterruptedException {
        String marker = "serve-it probe " + System.nanoTime();
        ObjectNode follow = params("deployment", "hello-r1");
        follow.put("lines", 3);
        String logs = client.request("logs.follow", follow);
        client.awaitEvent(logs, event -> event.event().equals("line"), WAIT); // the backlog

        host.execOkWithInput(("MESSAGE=" + marker + "\nCONDUCTOR_DEPLOYMENT=hello-r1\nSYSLOG_IDENTIFIER=hello-r1\n")
                .getBytes(StandardCharsets.UTF_8), "logger", "--journald");
        Event line = client.awaitEvent(logs, event -> event.data().path("message").asText().equals(marker), WAIT);
        client.cancel(logs);

        assertThat(line.data().path("timestamp").asText()).endsWith("Z");
        assertThat(client.awaitEnd(logs, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(gone(host, "journalctl.*CONDUCTOR_DEPLOYMENT=hello-r1")).isTrue();
    }

    @Test
    @Order(4)
    void eventsFollowSystemdStopsAndNewServiceFiles(SandboxHost host) throws InterruptedException {
        String events = client.request("events.subscribe", params());
        client.awaitEvent(events, event -> event.event().equals("deployment"), WAIT);
        Thread.sleep(1500); // past the watchers' start-up

        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            latencies.add(stopLatencyMillis(host, events));
            host.execOk("systemctl", "start", "conductor-deployment@hello-r1.service",
                    "conductor-deployment-config@hello-r1.service");
            client.awaitEvent(events, event -> isHelloR1(event, "active/Running"), WAIT);
        }
        System.out.println("serve event latency, unit stop on the host -> deployment event (ms): " + latencies.stream().sorted().toList());

        agent.addSample("hello", "second");
        agent.setConfig("second", "ROUTE_PATH", "\\/second");
        agent.agentOk("reload");
        client.awaitEvent(events, event -> event.event().equals("service") && event.data().path("name").asText().equals("second")
                && event.data().path("state").asText().equals("Stable"), WAIT);
        client.awaitSeen(events, event -> event.event().equals("deployment")
                && event.data().path("name").asText().equals("second-r1"), WAIT);
        client.cancel(events);
        assertThat(client.awaitEnd(events, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(gone(host, "podman events")).as("watchers stop with the last subscription").isTrue();
        assertThat(latencies).allMatch(millis -> millis < 2000);
    }

    @Test
    @Order(5)
    void deployStreamsItsStepsUpToDone() {
        agent.setConfig("hello", "TAG", "v2");
        ObjectNode deploy = params("name", "hello");
        deploy.put("drain_sec", 0.5);

        ProtocolClient.Reply reply = client.call("service.deploy", deploy, Duration.ofMinutes(3));

        assertThat(reply.data("progress")).extracting(step -> step.path("step").asText())
                .contains("healthy", "switched", "old-stopped").last().isEqualTo("done");
        assertThat(reply.result().path("state").asText()).isEqualTo("Stable");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v2");
    }

    @Test
    @Order(6)
    void endOfInputEndsTheAgentAndNothingButProtocolWasWritten(SandboxHost host) throws InterruptedException {
        String logs = client.request("logs.follow", params("service", "hello"));
        client.awaitEvent(logs, event -> true, WAIT);

        assertThat(session.endInput(Duration.ofSeconds(20))).isZero();
        assertThat(gone(host, "journalctl.*CONDUCTOR_SERVICE=hello")).isTrue();
        assertThat(client.garbage()).isEmpty();
        assertThat(client.lines()).isNotEmpty();
    }

    /** Stops hello-r1's unit and returns the time from systemd's "Stopping" to the agent's event. */
    private static long stopLatencyMillis(SandboxHost host, String events) {
        // the stop blocks until the unit is down; the event must be timed as it arrives, meanwhile
        CompletableFuture<?> stop = CompletableFuture.runAsync(() -> host.execOk("systemctl", "stop",
                "conductor-deployment@hello-r1.service"));
        Event stopping = client.awaitEvent(events, event -> isHelloR1(event, "deactivating") || isHelloR1(event, "inactive"),
                WAIT);
        Instant received = Instant.now();
        stop.join();
        String since = host.execOk("journalctl", "-o", "json", "--output-fields=MESSAGE", "-n", "1", "_PID=1",
                "UNIT=conductor-deployment@hello-r1.service", "JOB_TYPE=stop", "MESSAGE_ID=de5b426a63be47a7b6ac3eaac82e2f6f")
                .stdout();
        long micros = Long.parseLong(since.replaceAll("(?s).*\"__REALTIME_TIMESTAMP\":\"(\\d+)\".*", "$1"));
        assertThat(stopping.data().path("state").asText()).isNotEqualTo("active/Running");
        return Duration.between(Instant.EPOCH.plusNanos(micros * 1000), received).toMillis();
    }

    private static boolean isHelloR1(Event event, String statePrefix) {
        return event.event().equals("deployment") && event.data().path("name").asText().equals("hello-r1")
                && event.data().path("state").asText().startsWith(statePrefix);
    }

    private static boolean gone(SandboxHost host, String pattern) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (host.exec("pgrep", "-f", pattern).exitCode() != 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
