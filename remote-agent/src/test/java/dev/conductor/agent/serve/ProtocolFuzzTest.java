package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random lines and requests with mutated params to the agent's real methods, bounded in count
 * and time: every request gets its answer or an error, garbage gets an error, and the session
 * keeps serving.
 */
class ProtocolFuzzTest {

    private static final int INPUTS = 400;
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final Duration ANSWER = Duration.ofSeconds(10);
    // streams and waits end only when cancelled or timed out: the fuzz covers their params elsewhere
    private static final List<String> METHODS = List.of("services.list", "service.show", "service.env",
            "service.history", "service.deploy", "service.rollback", "service.start", "service.stop",
            "service.restart", "service.enable", "service.disable", "service.config.get", "service.config.set",
            "reload", "deployments.list", "deployment.env", "commands.list", "command.run", "no.such");
    private static final String[] FIELDS = {"name", "service", "command", "args", "to", "timeout_sec", "drain_sec",
        "assignments", "revision", "deployment", "type", "id"};

    @TempDir
    Path root;
    private PipedServer server;
    private ProtocolClient client;

    @BeforeEach
    void start() {
        TestEngine host = new TestEngine(root).service("web", "{\"config\": {\"TAG\": \"v1\"}}");
        host.serving("web", 1, Map.of("TAG", "v1"), "web-r1");
        server = new PipedServer(ServeMethods.of(host::graph, () -> List.of(new ManualSource()), Duration.ofMillis(50),
                Duration.ofMinutes(5)));
        client = server.client();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void everyRequestIsAnsweredAndGarbageNeverStopsTheSession() {
        Random random = new Random(7);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int tried = 0;
        for (; tried < INPUTS && System.nanoTime() < deadline; tried++) {
            if (random.nextInt(3) == 0) {
                client.sendLine(garbage(random));
            } else {
                String method = METHODS.get(random.nextInt(METHODS.size()));
                Message answer = client.awaitEnd(client.request(method, params(random)), ANSWER).end();
                assertThat(answer).isInstanceOfAny(Response.class, ErrorReply.class);
                if (answer instanceof ErrorReply error) {
                    assertThat(error.error().message()).isNotBlank().hasSizeLessThan(5000);
                }
            }
        }
        assertThat(tried).isGreaterThan(50);
        assertThat(client.call("services.list", JsonNodeFactory.instance.objectNode(), ANSWER).result()
                .path("services").size()).isEqualTo(1);
    }

    private static ObjectNode params(Random random) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
            params.set(FIELDS[random.nextInt(FIELDS.length)], value(random, 0));
        }
        return params;
    }

    private static JsonNode value(Random random, int depth) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0 -> json.nullNode();
            case 1 -> json.numberNode(random.nextInt(7) - 3);
            case 2 -> json.numberNode(random.nextDouble() * 1e12);
            case 3 -> json.textNode(List.of("web", "web-r1", "../etc", "", "TAG=v2", "x".repeat(100_000), "nope")
                    .get(random.nextInt(7)));
            case 4 -> json.booleanNode(random.nextBoolean());
            case 5 -> json.textNode("web");
            case 6 -> json.arrayNode().add(value(random, depth + 1)).add(value(random, depth + 1));
            default -> json.objectNode().set("k", value(random, depth + 1));
        };
    }

    private static String garbage(Random random) {
        String valid = MessageCodec.write(new dev.conductor.protocol.Request("g", "services.list",
                JsonNodeFactory.instance.objectNode()));
        StringBuilder line = new StringBuilder(valid);
        for (int i = 1 + random.nextInt(5); i > 0 && line.length() > 0; i--) {
            int at = random.nextInt(line.length());
            switch (random.nextInt(3)) {
                case 0 -> line.deleteCharAt(at);
                case 1 -> line.insert(at, "{[\",:null}]".charAt(random.nextInt(11)));
                default -> line.setLength(at);
            }
        }
        return line.toString().replace("\n", "");
    }
}
