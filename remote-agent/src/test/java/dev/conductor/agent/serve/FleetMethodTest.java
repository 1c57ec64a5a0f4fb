package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.fleet.nats.NatsException;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.method.FleetHostInfo;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.FleetServiceInfo;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.RunningInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code fleet} over the wire: the answer reads as the consoles' record, a failure is an error naming it. */
class FleetMethodTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final FleetResult FLEET = new FleetResult(true, List.of(new FleetServiceInfo("web", 3, "d3",
            List.of("h1", "h2"), List.of(new RunningInfo("h1", "d3", "Stable"), new RunningInfo("h2", "d2", "WaitNext")))),
            List.of(new FleetHostInfo("h1", "10.0.0.1", "alive", "2026-12-06T12:00:00Z", Map.of("tier", "front"),
                    Map.of("vcpu", 4.0), Map.of("vcpu", 1.5))));
    private PipedServer server;

    @AfterEach
    void tearDown() throws InterruptedException {
        server.close();
    }

    @Test
    void theAnswerReadsAsTheConsolesRecordAndWritesBackTheSameJson() {
        JsonNode answer = call(() -> FLEET).result();

        assertThat(MethodNames.FLEET.result(answer)).isEqualTo(FLEET);
        // as text: the version is a long written back, an int read
        assertThat(MessageCodec.MAPPER.valueToTree(MethodNames.FLEET.result(answer)).toString())
                .isEqualTo(answer.toString());
        assertThat(answer.path("services").get(0).path("running_on").get(1).path("state").asText()).isEqualTo("WaitNext");
    }

    @Test
    void aHostInNoClusterAnswersEmptyLists() {
        assertThat(call(() -> FleetResult.NO_CLUSTER).result().toString())
                .isEqualTo("{\"cluster\":false,\"services\":[],\"hosts\":[]}");
    }

    @Test
    void anUnreachableNatsIsAFailedErrorWithItsReason() {
        ErrorReply.Body error = call(() -> {
            throw new NatsException("cannot get conductor-services/web on NATS at tls://10.0.0.1:4222: timed out");
        }).error();

        assertThat(error.code()).isEqualTo("failed");
        assertThat(error.message()).contains("tls://10.0.0.1:4222", "timed out");
    }

    private ProtocolClient.Reply call(Supplier<FleetResult> fleet) {
        server = new PipedServer(new Methods().add(MethodNames.FLEET, (call, none) -> fleet.get()));
        return server.client().call("fleet", ServeMethodsTest.params(), WAIT);
    }
}
