package dev.conductor.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    @Test
    void helloRoundTripsWithSnakeCaseFields() {
        String line = MessageCodec.write(Hello.fromAgent("0.1.0", "h1", List.of("services", "deploy")));
        assertThat(line).isEqualTo("{\"type\":\"hello\",\"protocol\":1,\"agent_version\":\"0.1.0\","
                + "\"hostname\":\"h1\",\"capabilities\":[\"services\",\"deploy\"]}");
        assertThat(MessageCodec.read(line)).isEqualTo(Hello.fromAgent("0.1.0", "h1", List.of("services", "deploy")));
    }

    @Test
    void requestResponseEventCancelAndErrorRoundTrip() {
        var params = JsonNodeFactory.instance.objectNode().put("name", "web");
        List<Message> messages = List.of(
                new Request("1", "service.show", params),
                new Response("1", JsonNodeFactory.instance.objectNode().put("state", "Stable")),
                new Event("2", "line", JsonNodeFactory.instance.objectNode().put("message", "a\nb")),
                new Cancel("2"),
                ErrorReply.of("3", ErrorCode.NOT_FOUND, "no service 'x'", Map.of("name", "x")));
        for (Message message : messages) {
            String line = MessageCodec.write(message);
            assertThat(line).doesNotContain("\n");
            assertThat(MessageCodec.read(line)).isEqualTo(message);
        }
    }

    @Test
    void newerPeersAreUnderstood() {
        assertThat(MessageCodec.read("{\"type\":\"hello\",\"protocol\":2,\"agent_version\":\"9\",\"future\":[1]}"))
                .isEqualTo(new Hello(2, "9", null, null, List.of()));
        assertThat(MessageCodec.read("{\"type\":\"telemetry\",\"x\":1}")).isInstanceOf(Unknown.class);
        ErrorReply reply = (ErrorReply) MessageCodec.read(
                "{\"type\":\"error\",\"id\":\"4\",\"error\":{\"code\":\"quota_exceeded\",\"message\":\"m\"}}");
        assertThat(ErrorCode.of(reply.error().code())).isEqualTo(ErrorCode.FAILED);
    }

    @Test
    void requestsWithoutParamsGetAnEmptyObjectAndRequiredTextIsChecked() {
        Request request = (Request) MessageCodec.read("{\"type\":\"request\",\"id\":\"5\",\"method\":\"services.list\"}");
        assertThat(request.params().isObject()).isTrue();
        assertThatThrownBy(() -> request.text("name"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("request 5 (services.list) needs the text parameter 'name'");
    }

    @Test
    void garbageIsABadRequestQuotingTheLine() {
        assertThatThrownBy(() -> MessageCodec.read("hello there"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("not a protocol message: 'hello there'")
                .extracting(e -> ((ProtocolException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    }
}
