package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code service show}, {@code service env} and {@code service logs}. */
class ServiceCommandsTest {

    @TempDir
    Path root;
    TestEngine host;
    final List<ProcessSpec> processes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        host = new TestEngine(root, spec -> {
            processes.add(spec);
            return new ExecResult(spec.command(), 0, "a line\n", "");
        }).service("web", """
                {"app_name": "shop", "config": {"TAG": "v2", "STRIPE_SECRET": "sk_live"},
                 "commands": {"migrate": {"service": true, "description": "Migrate", "exec": ["./m.sh"]}},
                 "display_service_deployment_config": ["TAG"]}""")
                .serving("web", 2, Map.of("TAG", "v2", "STRIPE_SECRET", "sk_live"), "web-r2");
    }

    @Test
    void showPrintsStateCommandsDeploymentsAndMaskedConfig() {
        CommandHarness run = CommandHarness.run(new ServiceShowCommand(host::graph), "web");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("state:        Stable (stopped)", "current:      revision 2: web-r2",
                "command:      migrate [service]: Migrate", "STRIPE_SECRET  ********  file")
                .containsPattern("web-r2 +2 +v2").doesNotContain("sk_live");
    }

    @Test
    void showJsonMasksSecrets() throws Exception {
        CommandHarness run = CommandHarness.run(new ServiceShowCommand(host::graph), "--json", "web");

        JsonNode details = JsonFiles.MAPPER.readTree(run.out());
        assertThat(details.at("/config/STRIPE_SECRET").asText()).isEqualTo("********");
        assertThat(details.at("/deployments/0/display/TAG").asText()).isEqualTo("v2");
        assertThat(run.out()).doesNotContain("sk_live");
    }

    @Test
    void envPrintsTheServiceContextMasked() {
        host.graph().states().saveOverrides("web", Map.of("TAG", "v3"));

        assertThat(CommandHarness.run(new ServiceEnvCommand(host::graph), "web").out())
                .contains("TAG=v3\n", "STRIPE_SECRET=********\n", "CONDUCTOR_SERVICE_NAME=web\n",
                        "CONDUCTOR_SERVICE_DIR=" + host.serviceDir("web") + "\n")
                .doesNotContain("sk_live");
        assertThat(CommandHarness.run(new ServiceEnvCommand(host::graph), "--show-secrets", "web").out())
                .contains("STRIPE_SECRET=sk_live\n");
    }

    @Test
    void logsSelectTheServiceAndItsDeployments() {
        CommandHarness run = CommandHarness.run(new ServiceLogsCommand(host::graph), "web");

        assertThat(run.out()).isEqualTo("a line\n");
        assertThat(processes).singleElement().satisfies(spec -> assertThat(spec.command())
                .contains("-n", "100", "CONDUCTOR_SERVICE=web", "_SYSTEMD_UNIT=conductor-deployment@web-r2.service")
                .doesNotContain("-f"));
    }

    @Test
    void unknownServiceIsNotFound() {
        CommandHarness run = CommandHarness.run(new ServiceShowCommand(host::graph), "nope");

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.NOT_FOUND);
        assertThat(run.err()).contains("'nope'");
    }
}
