package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigCommandTest {

    @TempDir
    Path root;
    TestEngine host;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", "{\"config\": {\"TAG\": \"v1\", \"DB_PASSWORD\": \"hunter2\"}}");
    }

    @Test
    void getShowsEffectiveValuesMarkingOverridesAndMaskingSecrets() {
        host.graph().states().saveOverrides("web", Map.of("TAG", "v2"));

        CommandHarness run = CommandHarness.run(command(), "get", "web");

        assertThat(run.out().lines()).containsExactly("VAR          VALUE     SOURCE", "TAG          v2        override",
                "DB_PASSWORD  ********  file");
        assertThat(CommandHarness.run(command(), "get", "web", "DB_PASSWORD").out()).isEqualTo("********\n");
        assertThat(CommandHarness.run(command(), "get", "--show-secrets", "web", "DB_PASSWORD").out())
                .isEqualTo("hunter2\n");
        assertThat(CommandHarness.run(command(), "get", "--json", "web").out()).doesNotContain("hunter2");
    }

    @Test
    void getOfAnUnknownVariableFailsQuotingIt() {
        CommandHarness run = CommandHarness.run(command(), "get", "web", "NOPE");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'NOPE'");
    }

    @Test
    void setSavesAndLeavesAStoppedServiceStopped() {
        CommandHarness run = CommandHarness.run(command(), "set", "web", "TAG=v3", "EMPTY=");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("set TAG").contains("not running");
        assertThat(host.graph().states().overrides("web")).containsExactly(Map.entry("TAG", "v3"),
                Map.entry("EMPTY", ""));
    }

    @Test
    void setWithAnUnsafeNameIsAUsageErrorAndSavesNothing() {
        CommandHarness run = CommandHarness.run(command(), "set", "web", "TAG=v3", "BAD NAME=1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'BAD NAME'");
        assertThat(host.graph().states().overrides("web")).isEmpty();
    }

    @Test
    void unsetRemovesTheOverrideWithoutReloadWhenAsked() {
        host.graph().states().saveOverrides("web", Map.of("TAG", "v2"));

        CommandHarness run = CommandHarness.run(command(), "unset", "--no-reload", "web", "TAG");

        assertThat(run.out()).contains("unset TAG").contains("next 'service deploy web'");
        assertThat(host.graph().states().overrides("web")).isEmpty();
        assertThat(host.systemd().calls()).isEmpty();
    }

    private ServiceConfigCommand command() {
        return new ServiceConfigCommand(host::graph);
    }
}
