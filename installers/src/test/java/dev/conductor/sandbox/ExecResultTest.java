package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExecResultTest {

    @Test
    void keepsTheTailOfStderr() {
        ExecResult result = new ExecResult(1, "", "one\ntwo\nthree\n\n");
        assertThat(result.stderrTail(2)).isEqualTo("two\nthree");
        assertThat(result.stderrTail(10)).isEqualTo("one\ntwo\nthree");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void commandFailureNamesCommandExitCodeAndStderrTail() {
        StringBuilder stderr = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            stderr.append("line ").append(i).append('\n');
        }
        SandboxCommandException e = new SandboxCommandException("sandbox host web-1",
                List.of("podman", "kube", "play", "/root/my pod.yaml"), new ExecResult(125, "", stderr.toString()));

        assertThat(e.getMessage())
                .startsWith("Command podman kube play '/root/my pod.yaml' in sandbox host web-1 exited with 125")
                .contains("line 40")
                .contains("line 26")
                .doesNotContain("line 25\n");
        assertThat(e.result().exitCode()).isEqualTo(125);
    }

    @Test
    void commandFailureWithoutStderrSaysSo() {
        SandboxCommandException e = new SandboxCommandException("this machine", List.of("false"),
                new ExecResult(1, "", ""));
        assertThat(e.getMessage()).isEqualTo("Command false in this machine exited with 1 and wrote nothing to stderr");
    }
}
