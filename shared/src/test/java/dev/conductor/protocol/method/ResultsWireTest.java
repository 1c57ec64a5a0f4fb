package dev.conductor.protocol.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.ServiceRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results and event data write the JSON the agent has always sent, and read back as the same record. */
class ResultsWireTest {

    @Test
    void results() throws JsonProcessingException {
        assertWire(new ExitResult(3), "{\"exit_code\":3}");
        assertWire(new MessageResult("started web"), "{\"message\":\"started web\"}");
        assertWire(new EnvironmentResult(Map.of("TAG", "v1")), "{\"environment\":{\"TAG\":\"v1\"}}");
        assertWire(new ConfigResult(Map.of("TAG", "v1"), List.of("TAG")), "{\"config\":{\"TAG\":\"v1\"},\"overridden\":[\"TAG\"]}");
        assertWire(new CommandsResult(List.of(new CommandInfo("migrate", "runs migrations", List.of("service")))),
                "{\"commands\":[{\"name\":\"migrate\",\"description\":\"runs migrations\",\"contexts\":[\"service\"]}]}");
        assertWire(new HistoryResult(List.of(new RevisionInfo(1, "2025-01-02T03:04:05Z", "deploy",
                Map.of("TAG", "v1"), "abc")), 1), "{\"revisions\":[{\"number\":1,\"created\":\"2025-01-02T03:04:05Z\","
                + "\"reason\":\"deploy\",\"config\":{\"TAG\":\"v1\"},\"spec_hash\":\"abc\"}],\"serving\":1}");
        assertWire(new ServicesResult(List.of(new ServiceRow("web", "app", "i", "Stable", "", List.of("web-1"),
                Map.of(), null))), "{\"services\":[{\"name\":\"web\",\"app\":\"app\",\"instance\":\"i\",\"state\":\"Stable\","
                + "\"reason\":\"\",\"deployments\":[\"web-1\"],\"display\":{},\"error\":null}]}");
    }

    @Test
    void events() throws JsonProcessingException {
        assertWire(new ProgressEvent("start", "starting web-2", 0.1), "{\"step\":\"start\",\"detail\":\"starting web-2\",\"seconds\":0.1}");
        assertWire(new OutputEvent("stderr", "oops\n"), "{\"stream\":\"stderr\",\"data\":\"oops\\n\"}");
        assertWire(new LogLine("2025-01-02T03:04:05Z", "web.service", "hi"),
                "{\"timestamp\":\"2025-01-02T03:04:05Z\",\"unit\":\"web.service\",\"message\":\"hi\"}");
        assertWire(new RemovedEvent("service", "web"), "{\"kind\":\"service\",\"name\":\"web\"}");
    }

    @Test
    void aNewerAgentsExtraFieldsAreIgnoredAndAWrongShapeIsAFailure() throws JsonProcessingException {
        assertThat(Payloads.read(MessageCodec.MAPPER.readTree("{\"exit_code\":0,\"signal\":\"TERM\"}"), ExitResult.class))
                .isEqualTo(new ExitResult(0));
        assertThatThrownBy(() -> Payloads.read(MessageCodec.MAPPER.readTree("{\"commands\":7}"), CommandsResult.class))
                .isInstanceOf(ProtocolException.class).hasMessageStartingWith("not a CommandsResult: {\"commands\":7}");
    }

    private static void assertWire(Object value, String json) throws JsonProcessingException {
        assertThat(MessageCodec.MAPPER.writeValueAsString(value)).isEqualTo(json);
        assertThat(Payloads.read(MessageCodec.MAPPER.readTree(json), value.getClass())).isEqualTo(value);
    }
}
