package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.protocol.ErrorReply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Params that do not fit their method's record are answered with a bad_request before anything runs. */
class BadParamsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path root;
    TestEngine host;
    PipedServer server;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", "{\"app_name\": \"shop\", \"instance_name\": \"prod\"}");
        host.serving("web", 1, Map.of(), "web-r1");
        server = new PipedServer(ServeMethods.of(host::graph, List::of, Duration.ofMillis(20), Duration.ofMinutes(5)));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        server.close();
    }

    @Test
    void aMistypedFieldIsNamedAndQuotedAndNothingRuns() {
        ErrorReply.Body error = error("service.deploy", params().put("name", "web").put("timeout_sec", "soon"));

        assertThat(error.code()).isEqualTo("bad_request");
        assertThat(error.message()).endsWith("(service.deploy): 'timeout_sec' must be a number of seconds, not \"soon\"");
        assertThat(host.systemd().calls()).noneMatch(call -> call.startsWith("start"));
    }

    @Test
    void everyTypedMethodChecksItsParams() {
        assertThat(error("service.rollback", params().put("name", "web").put("to", "2")).message())
                .endsWith("'to' must be an integer, not \"2\"");
        assertThat(error("logs.follow", params().put("service", "web").put("deployment", "web-r1")).message())
                .endsWith("give exactly one of 'service', 'deployment', 'unit' and 'function'");
        assertThat(error("command.run", params().put("service", "web")).message())
                .endsWith("needs the text parameter 'command'");
        assertThat(error("commands.list", params().put("service", "-rf")).message())
                .endsWith("'service' is not a valid name: '-rf'");
    }

    @Test
    void aHugeBadValueIsNotEchoedBack() {
        ErrorReply.Body error = error("service.start", params().put("name", "../".repeat(100_000)));

        assertThat(error.code()).isEqualTo("bad_request");
        assertThat(error.message()).contains("'name' is not a valid name: '../../").endsWith("...'").hasSizeLessThan(300);
    }

    private ErrorReply.Body error(String method, ObjectNode params) {
        return server.client().call(method, params, WAIT).error();
    }

    private static ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
    }
}
