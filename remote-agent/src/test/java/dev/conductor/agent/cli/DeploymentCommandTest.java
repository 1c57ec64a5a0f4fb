package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deployment.DeploymentRecord;
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

class DeploymentCommandTest {

    @TempDir
    Path root;
    TestEngine host;
    final List<ProcessSpec> processes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        host = new TestEngine(root, spec -> {
            processes.add(spec);
            return new ExecResult(spec.command(), 0, "2026-01-01T00:00:00+0000 host web[1]: hello\n", "");
        }).service("web", "{\"config\": {\"TAG\": \"v2\"}, \"display_deployment_config\": [\"TAG\", \"DB_PASSWORD\"]}")
                .serving("web", 2, Map.of("TAG", "v2", "DB_PASSWORD", "hunter2"), "web-r2");
        host.graph().deployments().create(new DeploymentRecord("web-r1", "web", "", 1, Map.of("TAG", "v1")));
        host.systemd().set("conductor-deployment@web-r2.service", "active");
        host.podman().pod("web-r2", "Running", "10.88.0.5");
    }

    @Test
    void listsDeploymentsWithStateAddressAndDisplayColumns() {
        CommandHarness run = run("ls");

        assertThat(run.out().lines()).containsExactly(
                "NAME    SERVICE  PART  STATE            IP         TAG  DB_PASSWORD",
                "web-r1  web            inactive/no pod             v1",
                "web-r2  web            active/Running   10.88.0.5  v2   ********");
    }

    @Test
    void envIsTheRevisionsWithSecretsMaskedUnlessAsked() {
        assertThat(run("env", "web-r2").out()).contains("TAG=v2\n", "DB_PASSWORD=********\n",
                "CONDUCTOR_DEPLOYMENT=web-r2\n", "POD_IP_ADDRESS=10.88.0.5\n").doesNotContain("hunter2");
        assertThat(run("env", "--show-secrets", "web-r2").out()).contains("DB_PASSWORD=hunter2\n");
    }

    @Test
    void rmRefusesTheServingDeploymentAndRemovesAnOldOne() {
        CommandHarness refused = run("rm", "web-r2");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("'web-r2' serves revision 2").contains("--force");

        assertThat(run("rm", "web-r1").exitCode()).isZero();
        assertThat(host.graph().deployments().exists("web-r1")).isFalse();
    }

    @Test
    void unknownDeploymentIsNotFound() {
        CommandHarness run = run("stop", "web-r7");

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.NOT_FOUND);
        assertThat(run.err()).contains("'web-r7'");
    }

    @Test
    void logsRunJournalctlWithOredMatchesAndPrintItsOutput() {
        CommandHarness run = run("logs", "-n", "20", "web-r2");

        assertThat(run.out()).isEqualTo("2026-01-01T00:00:00+0000 host web[1]: hello\n");
        assertThat(processes).singleElement().satisfies(spec -> assertThat(spec.command()).startsWith(
                "journalctl", "-o", "short-iso", "--no-pager", "-n", "20",
                "_SYSTEMD_UNIT=conductor-deployment@web-r2.service", "+"));
    }

    private CommandHarness run(String... args) {
        return CommandHarness.run(new DeploymentCommand(host::graph), args);
    }
}
