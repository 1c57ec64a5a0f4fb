package dev.conductor.agent.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CaddyIdsTest {

    @Test
    void findsIdsAtAnyDepthAndIgnoresNonStrings() throws Exception {
        var config = new ObjectMapper().readTree("""
                {"apps": {"http": {"servers": {"s": {"@id": "server", "routes": [
                   {"@id": "route-a", "handle": [{"handler": "subroute", "routes": [{"@id": "inner"}]}]},
                   {"match": [{"path": ["/@id"]}], "body": "@id"}]}}},
                 "other": {"@id": 5, "list": [["deep", {"@id": "nested-array"}]]}}}
                """);

        assertThat(CaddyIds.in(config)).containsExactlyInAnyOrder("server", "route-a", "inner", "nested-array");
    }
}
