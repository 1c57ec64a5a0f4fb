package dev.conductor.agent.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The CLI's frames without Jackson, checked against Jackson both ways. */
class CliFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AWKWARD = "tab\there \"quoted\" back\\slash\nline\r\u0000\u001f é 日本 \uD83D\uDE00 </x>";

    @Test
    void theRequestIsJsonThatJacksonReads() throws Exception {
        JsonNode request = JSON.readTree(CliFrames.request(List.of("service", "config", "set", "x", AWKWARD, "")));

        assertThat(JSON.convertValue(request.get("args"), String[].class))
                .containsExactly("service", "config", "set", "x", AWKWARD, "");
        assertThat(CliFrames.request(List.of())).isEqualTo("{\"args\":[]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"out", "err"})
    void textFramesRoundTripThroughJackson(String stream) throws Exception {
        String written = CliFrames.text(stream, AWKWARD);
        assertThat(JSON.readTree(written).get(stream).asText()).isEqualTo(AWKWARD);

        CliFrames.Frame read = CliFrames.parse(JSON.writeValueAsString(Map.of(stream, AWKWARD)));
        assertThat(read).isEqualTo(new CliFrames.Frame(stream, AWKWARD, 0));
        assertThat(CliFrames.parse(written)).isEqualTo(read);
    }

    @Test
    void theExitFrameCarriesTheCode() {
        assertThat(CliFrames.parse(CliFrames.exit(4))).satisfies(frame -> {
            assertThat(frame.isExit()).isTrue();
            assertThat(frame.exit()).isEqualTo(4);
        });
        assertThat(CliFrames.parse(" { \"exit\" : -1 } ").exit()).isEqualTo(-1);
        assertThat(CliFrames.parse("{\"out\":\"\\u00e9\\/\"}").text()).isEqualTo("é/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"out\"}", "{\"out\":3}", "{\"exit\":\"x\"}", "{\"out\":\"x\"} trailing",
            "{\"out\":\"unterminated}", "{\"out\":\"\\q\"}", "{\"out\":\"\\u12\"}", "{\"exit\":99999999999}"})
    void anythingElseIsRefusedQuotingTheLine(String line) {
        assertThatThrownBy(() -> CliFrames.parse(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected")
                .hasMessageContaining("'" + line.strip());
    }
}
