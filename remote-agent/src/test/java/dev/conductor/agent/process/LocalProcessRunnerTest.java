package dev.conductor.agent.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProcessRunnerTest {

    private final LocalProcessRunner runner = new LocalProcessRunner();

    @Test
    void capturesStdoutStderrAndExitCode() {
        ExecResult result = runner.run(ProcessSpec.of("sh", "-c", "echo out; echo err >&2; exit 3"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void variablesArriveVerbatimAndAreNeverEvaluated(@TempDir Path dir) {
        String hostile = "$(touch " + dir.resolve("pwned") + ") `id` ; rm -rf /";
        ExecResult result = runner.run(ProcessSpec.of("sh", "-c", "printf %s \"$VALUE\"")
                .withEnvironment(Map.of("VALUE", hostile)));
        assertThat(result.stdout()).isEqualTo(hostile);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void agentEnvironmentDoesNotLeakButPathDoes() {
        ExecResult result = runner.run(ProcessSpec.of("sh", "-c", "env | cut -d= -f1 | sort"));
        List<String> names = result.stdout().lines().toList();
        assertThat(names).contains("PATH").doesNotContain("JAVA_HOME", "MAVEN_OPTS", "CLASSPATH");
    }

    @Test
    void runsInTheWorkingDirectory(@TempDir Path dir) {
        ExecResult result = runner.run(ProcessSpec.of("pwd").in(dir));
        assertThat(result.stdout().strip()).isEqualTo(dir.toString());
    }

    @Test
    void feedsStdin() {
        ExecResult result = runner.run(ProcessSpec.of("cat").withStdin("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.stdout()).isEqualTo("hello");
    }

    @Test
    void timeoutKillsTheWholeTreeAndSaysSo(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("child-survived");
        ProcessSpec spec = ProcessSpec.of("sh", "-c", "echo starting >&2; (sleep 2; touch " + marker + ") & sleep 30")
                .withTimeout(Duration.ofMillis(500));
        assertThatThrownBy(() -> runner.run(spec))
                .isInstanceOf(ProcessTimeoutException.class)
                .hasMessageContaining("sleep 30")
                .hasMessageContaining("timed out after 0 s")
                .hasMessageContaining("starting");
        Thread.sleep(2_500);
        assertThat(marker).as("background child killed with its parent").doesNotExist();
    }

    @Test
    void orThrowQuotesCommandAndStderrTail() {
        ExecResult result = runner.run(ProcessSpec.of("sh", "-c", "echo 'image not found: web:v9' >&2; exit 125"));
        assertThatThrownBy(result::orThrow)
                .isInstanceOf(ProcessFailedException.class)
                .hasMessage("'sh -c echo 'image not found: web:v9' >&2; exit 125' exited with code 125: image not found: web:v9");
    }

    @Test
    void missingProgramIsAStartError(@TempDir Path dir) {
        assertThatThrownBy(() -> runner.run(ProcessSpec.of("./no-such-template").in(dir)))
                .isInstanceOf(ProcessStartException.class)
                .hasMessageStartingWith("cannot start './no-such-template' in " + dir);
    }

    @Test
    void nonExecutableScriptIsAStartError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tpl"), "#!/bin/sh\necho hi\n");
        assertThatThrownBy(() -> runner.run(ProcessSpec.of("./tpl").in(dir)))
                .isInstanceOf(ProcessStartException.class)
                .hasMessageContaining("Permission denied");
    }
}
