package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCommandTest {

    @TempDir
    Path root;

    @Test
    void lsListsEveryFunctionAndItsJsonKeepsItsFieldNames() throws Exception {
        TestEngine host = new TestEngine(root).service("web", """
                {"config": {}, "functions": [{"name": "api", "format": "http-stdio", "mode": "multi", "exec": ["/bin/cat"]}]}""");

        CommandHarness table = CommandHarness.run(new FunctionCommand(host::graph), "ls");
        JsonNode rows = JsonFiles.MAPPER.readTree(CommandHarness.run(new FunctionCommand(host::graph), "ls", "--json").out());

        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("FUNCTION  SERVICE  FORMAT");
        assertThat(table.out()).contains("web-api", "http-stdio", "/cgi/web-api");
        List<String> fields = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "service", "name", "format", "mode", "state", "route", "running", "warm",
                "requests", "errors", "p50_millis", "p95_millis");
    }
}
