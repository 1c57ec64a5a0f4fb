package dev.conductor.agent.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test runner behaves like {@link LocalProcessRunner}, but inside a sandbox host. */
@SandboxTest
class SandboxProcessRunnerIT {

    @Test
    void runsInsideTheHostWithOnlyTheBaseAndGivenVariables(SandboxHost host) {
        ProcessRunner runner = new SandboxProcessRunner(host);
        ExecResult result = runner.run(ProcessSpec.of("sh", "-c", "hostname; pwd; env | sort; echo err >&2; exit 3")
                .in(Path.of("/etc")).withEnvironment(Map.of("GREETING", "it's $(not) expanded")));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.stdout().lines()).startsWith(host.name(), "/etc")
                .contains("GREETING=it's $(not) expanded", "HOME=/root")
                .noneMatch(line -> line.startsWith("container="));
    }

    @Test
    void feedsStdin(SandboxHost host) {
        ExecResult result = new SandboxProcessRunner(host)
                .run(ProcessSpec.of("cat").withStdin("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.stdout()).isEqualTo("hello");
    }

    @Test
    void keepsTheTimeoutAndReportsMissingPrograms(SandboxHost host) {
        ProcessRunner runner = new SandboxProcessRunner(host);
        assertThatThrownBy(() -> runner.run(ProcessSpec.of("sleep", "30").withTimeout(Duration.ofSeconds(1))))
                .isInstanceOf(ProcessTimeoutException.class);
        assertThatThrownBy(() -> runner.run(ProcessSpec.of("no-such-program")))
                .isInstanceOf(ProcessStartException.class)
                .hasMessageContaining("no-such-program");
    }
}
