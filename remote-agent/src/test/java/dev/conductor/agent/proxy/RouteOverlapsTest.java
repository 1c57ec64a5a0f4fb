package dev.conductor.agent.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Which Caddy match lists can take the same request. */
class RouteOverlapsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSamePathOrOneUnderAPrefixOverlaps() throws Exception {
        assertThat(RouteOverlaps.overlap(match("{\"path\": [\"/hello\", \"/hello/*\"]}"),
                match("{\"path\": [\"/hello\"]}"))).contains("/hello");
        assertThat(RouteOverlaps.overlap(match("{\"path\": [\"/api/*\"]}"),
                match("{\"path\": [\"/api/v2/*\"]}"))).contains("/api/v2/*");
        assertThat(RouteOverlaps.overlap(match("{\"path\": [\"/*\"]}"), match("{\"path\": [\"/x\"]}"))).contains("/x");
    }

    @Test
    void otherPathsOtherHostsOrNoPathMatcherDoNot() throws Exception {
        assertThat(RouteOverlaps.overlap(match("{\"path\": [\"/hello\", \"/hello/*\"]}"),
                match("{\"path\": [\"/hello2\", \"/hello2/*\"]}"))).isEmpty();
        assertThat(RouteOverlaps.overlap(match("{\"host\": [\"a.example\"], \"path\": [\"/x\"]}"),
                match("{\"host\": [\"b.example\"], \"path\": [\"/x\"]}"))).isEmpty();
        assertThat(RouteOverlaps.overlap(match("{\"host\": [\"a.example\"], \"path\": [\"/x\"]}"),
                match("{\"path\": [\"/x\"]}"))).contains("/x");
        assertThat(RouteOverlaps.overlap(match("{\"path\": [\"/x\"], \"header\": {\"X-V\": [\"2\"]}}"),
                match("{\"path\": [\"/x\"]}"))).isEmpty();
    }

    @Test
    void aCatchAllOrAHostWithoutPathsTakesEveryPath() throws Exception {
        assertThat(RouteOverlaps.overlap(match("{\"host\": [\"a.example\"]}"), match("{\"path\": [\"/x\"]}")))
                .contains("/x");
        assertThat(RouteOverlaps.overlap(JSON.missingNode(), match("{\"path\": [\"/x\"]}"))).contains("/x");
        assertThat(RouteOverlaps.overlap(JSON.createArrayNode(), JSON.missingNode())).contains("/*");
    }

    private static JsonNode match(String matcher) throws Exception {
        return JSON.readTree("[" + matcher + "]");
    }
}
