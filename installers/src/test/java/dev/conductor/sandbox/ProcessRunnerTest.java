package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessRunnerTest {

    @Test
    void capturesOutputAndExitCodeAndFeedsStdin() {
        List<String> lines = new ArrayList<>();
        ExecResult result = ProcessRunner.run(List.of("sh", "-c", "cat; echo err1 >&2; echo err2 >&2; exit 3"),
                "in".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10), lines::add);

        assertThat(result).isEqualTo(new ExecResult(3, "in", "err1\nerr2\n"));
        assertThat(lines).containsExactly("err1", "err2");
    }

    @Test
    void killsACommandThatRunsTooLong() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ProcessRunner.run(List.of("sh", "-c", "echo started >&2; sleep 30"), new byte[0],
                Duration.ofMillis(500), null))
                .isInstanceOf(SandboxTimeoutException.class)
                .hasMessageContaining("Timed out after 0s running sh -c 'echo started >&2; sleep 30'")
                .hasMessageContaining("started");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void runOkFailsWithTheCommandAndStderr() {
        assertThatThrownBy(() -> ProcessRunner.runOk(List.of("sh", "-c", "echo nope >&2; exit 2"), Duration.ofSeconds(10)))
                .isInstanceOf(SandboxCommandException.class)
                .hasMessageContaining("in this machine exited with 2")
                .hasMessageContaining("nope");
    }

    @Test
    void saysWhichCommandCannotStart() {
        assertThatThrownBy(() -> ProcessRunner.run(List.of("/nonexistent/tool", "x"), new byte[0], Duration.ofSeconds(5), null))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("Cannot start /nonexistent/tool x");
    }
}
