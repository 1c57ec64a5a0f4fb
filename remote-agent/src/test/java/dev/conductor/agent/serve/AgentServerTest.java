package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The protocol loop itself: framing, correlation, concurrency, errors, cancel and shutdown. */
class AgentServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowCancelled = new CountDownLatch(1);
    private final Methods methods = new Methods()
            .add("echo", call -> call.request().params())
            .add("slow", call -> {
                release.await();
                return Map.of("done", true);
            })
            .add("stream", call -> {
                call.emit("tick", Map.of("n", 1));
                call.awaitCancel();
                slowCancelled.countDown();
                return Map.of();
            })
            .add("uncancellable", call -> {
                call.emit("tick", Map.of("n", 1));
                release.await();
                return Map.of("finished", true);
            })
            .add("fails", call -> {
                throw new IllegalStateException("broken on purpose: 'x'");
            });
    private final PipedServer server = new PipedServer(methods);
    private final ProtocolClient client = server.client();

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        server.close();
    }

    @Test
    void theAgentSaysHelloFirst() {
        Message first = client.next(null, WAIT);

        assertThat(first).isEqualTo(PipedServer.HELLO);
        assertThat(server.lines().get(0)).startsWith("{\"type\":\"hello\",\"protocol\":1,\"agent_version\":\"9.9.9-test\"");
    }

    @Test
    void responsesCarryTheIdOfTheirRequest() {
        String a = client.request("echo", params("v", "a"));
        String b = client.request("echo", params("v", "b"));

        assertThat(client.awaitEnd(b, WAIT).result().path("v").asText()).isEqualTo("b");
        assertThat(client.awaitEnd(a, WAIT).result().path("v").asText()).isEqualTo("a");
    }

    @Test
    void aSlowRequestDoesNotHoldUpOthers() {
        String slow = client.request("slow", params());

        assertThat(client.call("echo", params("v", "fast"), WAIT).result().path("v").asText()).isEqualTo("fast");
        release.countDown();
        assertThat(client.awaitEnd(slow, WAIT).result().path("done").asBoolean()).isTrue();
    }

    @Test
    void aBadLineGetsABadRequestWithoutIdAndTheServerGoesOn() {
        client.sendLine("this is not json");
        client.sendLine("{\"type\":\"request\",\"method\":\"echo\"}");

        client.next(null, WAIT); // hello
        for (int i = 0; i < 2; i++) {
            ErrorReply error = (ErrorReply) client.next(null, WAIT);
            assertThat(error.id()).isNull();
            assertThat(error.error().code()).isEqualTo("bad_request");
        }
        assertThat(server.lines().get(1)).contains("\"id\":null").contains("this is not json");
        assertThat(client.call("echo", params("v", "still here"), WAIT).result().path("v").asText()).isEqualTo("still here");
    }

    @Test
    void nullAMessageWithoutTypeAndAnOverlongLineEachGetAnErrorAndTheServerGoesOn() {
        client.sendLine("null");
        client.sendLine("{\"id\": \"1\", \"method\": \"echo\"}");
        client.sendLine("[1, 2]");
        client.sendLine("{\"type\":\"request\",\"id\":\"big\",\"method\":\"echo\",\"params\":{\"v\":\""
                + "x".repeat(LineReader.MAX_BYTES) + "\"}}");
        client.sendLine("{\"type\":\"response\",\"id\":\"9\",\"result\":{}}");

        client.next(null, WAIT); // hello
        for (String reason : new String[] {"a message is a JSON object", "a message needs a \"type\"",
                "a message is a JSON object", "longer than the 1048576 a message may be", "not response messages"}) {
            ErrorReply error = (ErrorReply) client.next(null, WAIT);
            assertThat(error.error().code()).isEqualTo("bad_request");
            assertThat(error.error().message()).contains(reason).hasSizeLessThan(1000);
        }
        assertThat(client.call("echo", params("v", "still here"), WAIT).result().path("v").asText()).isEqualTo("still here");
    }

    @Test
    void aRequestWithoutMethodIsAnUnknownMethodAndTheSessionGoesOn() {
        client.sendLine("{\"type\":\"request\",\"id\":\"m\",\"params\":{}}");

        assertThat(client.awaitEnd("m", WAIT).error().code()).isEqualTo("unknown_method");
        assertThat(client.call("echo", params("v", "still here"), WAIT).result().path("v").asText()).isEqualTo("still here");
    }

    @Test
    void aHugeMethodNameIsNotEchoedBack() {
        ErrorReply.Body unknown = client.call("m".repeat(500_000), params(), WAIT).error();

        assertThat(unknown.code()).isEqualTo("unknown_method");
        assertThat(unknown.message()).hasSizeLessThan(1000).contains("mmm...");
    }

    @Test
    void aSessionRunsAtMostSoManyRequestsAtOnce() {
        for (int i = 0; i < Dispatcher.MAX_CALLS; i++) {
            client.request("slow", params());
        }

        ErrorReply.Body refused = client.call("echo", params("v", "one too many"), WAIT).error();

        assertThat(refused.code()).isEqualTo("failed");
        assertThat(refused.message()).contains("already runs " + Dispatcher.MAX_CALLS + " requests");
        release.countDown();
    }

    @Test
    void unknownMethodsAndFailuresAreErrorsOfTheirRequest() {
        ErrorReply.Body unknown = client.call("no.such", params(), WAIT).error();
        ErrorReply.Body failed = client.call("fails", params(), WAIT).error();

        assertThat(unknown.code()).isEqualTo("unknown_method");
        assertThat(unknown.message()).contains("'no.such'").contains("echo");
        assertThat(failed.code()).isEqualTo("failed");
        assertThat(failed.message()).isEqualTo("broken on purpose: 'x'");
    }

    @Test
    void cancelEndsAStreamWithCancelledAndIsIgnoredByWhatCannotStop() throws InterruptedException {
        String stream = client.request("stream", params());
        client.awaitEvent(stream, event -> event.event().equals("tick"), WAIT);
        String other = client.request("uncancellable", params());
        client.awaitEvent(other, event -> event.event().equals("tick"), WAIT);

        client.cancel(stream);
        client.cancel(other);

        assertThat(client.awaitEnd(stream, WAIT).error().code()).isEqualTo("cancelled");
        assertThat(slowCancelled.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        assertThat(client.awaitEnd(other, WAIT).result().path("finished").asBoolean()).isTrue();
    }

    @Test
    void endOfInputCancelsWhatRunsAndEndsTheServer() throws InterruptedException {
        String stream = client.request("stream", params());
        client.awaitEvent(stream, event -> event.event().equals("tick"), WAIT);

        server.endInput();

        assertThat(server.awaitStopped(WAIT)).isTrue();
        assertThat(slowCancelled.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void endOfInputLetsWhatCannotBeCancelledFinishFirst() throws InterruptedException {
        String deployLike = client.request("uncancellable", params());
        client.awaitEvent(deployLike, event -> event.event().equals("tick"), WAIT);

        server.endInput();
        Thread.sleep(300);
        assertThat(server.awaitStopped(Duration.ZERO.plusMillis(1))).isFalse();
        release.countDown();

        assertThat(client.awaitEnd(deployLike, WAIT).result().path("finished").asBoolean()).isTrue();
        assertThat(server.awaitStopped(WAIT)).isTrue();
    }

    @Test
    void strayPrintsGoToStderrAndStdoutCarriesOnlyProtocol() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String input = MessageCodec.write(new dev.conductor.protocol.Request("1", "noisy", params())) + "\n";
        Methods noisy = new Methods().add("noisy", call -> {
            System.out.println("stray print from somewhere in the agent");
            return Map.of("ok", true);
        });
        PrintStream out = System.out;
        PrintStream err = System.err;
        java.io.InputStream in = System.in;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            AgentServer.serveStdio(PipedServer.HELLO, noisy);
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }

        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().map(MessageCodec::read))
                .hasSize(2).first().isInstanceOf(Hello.class);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).doesNotContain("stray");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("stray print from somewhere in the agent");
        assertThat(MessageCodec.read(stdout.toString(StandardCharsets.UTF_8).lines().toList().get(1)))
                .isInstanceOf(Response.class);
    }

    private static ObjectNode params(String... keyValues) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return params;
    }
}
