package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceListCommandTest {

    @TempDir
    Path root;
    TestEngine host;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root)
                .service("api", "{\"app_name\": \"shop-api\", \"config\": {\"REGION\": \"eu\", \"API_TOKEN\": \"t\"},"
                        + " \"display_service_config\": [\"REGION\", \"API_TOKEN\"]}")
                .service("web", "{\"app_name\": \"shop\", \"instance_name\": \"prod\", \"config\": {\"TAG\": \"v1\"},"
                        + " \"display_service_config\": [\"TAG\", \"REGION\"],"
                        + " \"functions\": [{\"exec\": [\"/bin/true\"]}, {\"name\": \"b\", \"exec\": [\"/bin/true\"]}]}")
                .service("zzz", "{ broken")
                .serving("web", 1, Map.of("TAG", "v1"), "web-r1");
        host.systemd().set("conductor-service@web.service", "active");
    }

    @Test
    void tableHasTheUnionOfDisplayColumnsWithSecretsMasked() {
        CommandHarness run = CommandHarness.run(new ServiceListCommand(host::graph));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "NAME  APP       INSTANCE  STATE           DEPLOYMENTS  FUNCTIONS  REGION  API_TOKEN  TAG",
                "api   shop-api            Init (stopped)               0          eu      ********",
                "web   shop      prod      Stable          web-r1       2                             v1",
                "zzz                       broken                       0").hasSize(4);
    }

    @Test
    void jsonCarriesTheBrokenServicesErrorAndNoSecret() throws Exception {
        CommandHarness run = CommandHarness.run(new ServiceListCommand(host::graph), "--json");

        JsonNode rows = JsonFiles.MAPPER.readTree(run.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get("state").asText()).isEqualTo("broken");
        assertThat(rows.get(2).get("error").asText()).contains("zzz/conductor-service.json");
        assertThat(rows.get(1).get("deployments").get(0).asText()).isEqualTo("web-r1");
        assertThat(run.out()).doesNotContain("\"t\"");
    }
}
