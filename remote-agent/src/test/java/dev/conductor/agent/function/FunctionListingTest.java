package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.TestEngine;
import dev.conductor.protocol.FunctionRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionListingTest {

    static final String WEB = """
            {"config": {},
             "functions": [{"exec": ["/bin/true"]},
                           {"name": "api", "format": "http-stdio", "mode": "multi", "exec": ["/bin/cat"], "path": "/api"}]}""";

    @TempDir
    Path root;

    @Test
    void servedFunctionsCarryTheirFiguresAndTheOthersAreStopped() {
        List<FunctionRow> rows = list(new ServedFunctions().serve("web-api", 40, 3));

        assertThat(rows).containsExactly(
                new FunctionRow("web", "web", "", "cgi", "single", "stopped", "/cgi/web", 0, 0, 0, 0, 0, 0),
                new FunctionRow("web-api", "web", "api", "http-stdio", "multi", "serving", "/api", 1, 2, 40, 3, 1.5, 9.5));
    }

    @Test
    void withoutTheResidentAgentNothingCanBeKnown() {
        assertThat(list(FunctionHost.NONE)).extracting(FunctionRow::state).containsOnly("no resident agent");
    }

    private List<FunctionRow> list(FunctionHost host) {
        TestEngine engine = new TestEngine(root).service("web", WEB);
        return new FunctionListing(host).list(engine.graph().catalog().loadAll().services());
    }
}
