package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.agent.function.ServedFunctions;
import dev.conductor.protocol.Event;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code functions.list}, and function rows in {@code events.subscribe}: polled, and sent only when they changed. */
class FunctionFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String WEB = """
            {"config": {},
             "functions": [{"exec": ["/bin/true"]},
                           {"name": "api", "format": "http-stdio", "mode": "multi", "exec": ["/bin/cat"]}]}""";

    @TempDir
    Path root;
    TestEngine host;
    ServedFunctions functions = new ServedFunctions().serve("web-api", 10, 0);
    ManualSource source = new ManualSource();
    PipedServer server;
    ProtocolClient client;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", WEB);
        server = new PipedServer(ServeMethods.of(host::graph, () -> functions, source::asList, Duration.ofMillis(20),
                Duration.ofMinutes(5), POLL));
        client = server.client();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        server.close();
    }

    @Test
    void functionsListAnswersEveryFunctionWithItsFigures() {
        JsonNode rows = client.call("functions.list", ServeMethodsTest.params(), WAIT).result().path("functions");

        assertThat(rows).extracting(row -> row.path("id").asText()).containsExactly("web", "web-api");
        assertThat(rows.get(0).path("state").asText()).isEqualTo("stopped");
        assertThat(rows.get(1).path("state").asText()).isEqualTo("serving");
        assertThat(rows.get(1).path("requests").asLong()).isEqualTo(10);
        assertThat(rows.get(1).path("p95_millis").asDouble()).isEqualTo(9.5);
    }

    @Test
    void aFunctionsRowGoesOutWhenItsFiguresChangeAndOnlyThen() throws InterruptedException {
        String id = client.request("events.subscribe", ServeMethodsTest.params());
        client.awaitEvent(id, event -> isFunction(event, "web-api", 10), WAIT);

        functions.serve("web-api", 25, 1);
        Event busier = client.awaitEvent(id, event -> isFunction(event, "web-api", 25), WAIT);
        Thread.sleep(POLL.toMillis() * 5); // several polls that find nothing new

        assertThat(busier.data().path("errors").asLong()).isEqualTo(1);
        assertThat(functionEvents("web-api")).as("the first row and the changed one, nothing per poll").isEqualTo(2);
        assertThat(functionEvents("web")).isEqualTo(1);
    }

    @Test
    void aFunctionThatIsNoLongerDeclaredIsRemoved() {
        String id = client.request("events.subscribe", ServeMethodsTest.params());
        client.awaitEvent(id, event -> isFunction(event, "web-api", 10), WAIT);

        host.service("web", "{\"config\": {}, \"functions\": [{\"exec\": [\"/bin/true\"]}]}");
        source.fire(RowKind.FUNCTION);
        Event removed = client.awaitEvent(id, event -> event.event().equals("removed"), WAIT);

        assertThat(removed.data().toString()).isEqualTo("{\"kind\":\"function\",\"name\":\"web-api\"}");
    }

    @Test
    void pollingStopsWithTheLastSubscription() throws InterruptedException {
        String id = client.request("events.subscribe", ServeMethodsTest.params());
        client.awaitEvent(id, event -> isFunction(event, "web-api", 10), WAIT);
        client.cancel(id);
        client.awaitEnd(id, WAIT);
        Thread.sleep(POLL.toMillis()); // a poll in flight may still finish
        int asked = functions.asked();

        Thread.sleep(POLL.toMillis() * 5);

        assertThat(functions.asked()).isEqualTo(asked);
    }

    private static boolean isFunction(Event event, String function, long requests) {
        return event.event().equals("function") && event.data().path("id").asText().equals(function)
                && event.data().path("requests").asLong() == requests;
    }

    private long functionEvents(String function) {
        return client.lines().stream().filter(line -> line.contains("\"event\":\"function\"")
                && line.contains("\"id\":\"" + function + "\"")).count();
    }
}
