package dev.conductor.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import dev.conductor.agent.process.ProcessTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands and error handling, with canned systemctl answers; the real thing is in SystemctlSystemdIT. */
class SystemctlSystemdTest {

    private final List<List<String>> calls = new ArrayList<>();
    private final Map<String, ExecResult> answers = new HashMap<>();
    private final ProcessRunner runner = spec -> {
        calls.add(spec.command());
        String program = spec.command().get(0).equals("journalctl") ? "journalctl" : spec.command().get(2);
        ExecResult canned = answers.getOrDefault(program, new ExecResult(List.of(), 0, "", ""));
        return new ExecResult(spec.command(), canned.exitCode(), canned.stdout(), canned.stderr());
    };
    private final SystemctlSystemd systemd = new SystemctlSystemd(runner);

    @Test
    void startRunsSystemctlWithoutPasswordPrompts() {
        systemd.start("web.service");
        assertThat(calls).containsExactly(List.of("systemctl", "--no-ask-password", "start", "--", "web.service"));
    }

    @Test
    void failedStartQuotesSystemctlAndTheJournalTail() {
        answer("start", 1, "", "Job for web.service failed because the control process exited with error code.\n");
        answer("journalctl", 0, "Starting web.service...\nboom\nFailed to start web.service.\n", "");

        assertThatThrownBy(() -> systemd.start("web.service"))
                .isInstanceOf(SystemdException.class)
                .hasMessageStartingWith("cannot start web.service: Job for web.service failed")
                .hasMessageContaining("last journal lines of web.service:\nStarting web.service...\nboom\n");
        assertThat(calls.get(1)).containsExactly("journalctl", "-u", "web.service", "-n", "15", "-o", "cat", "--no-pager");
    }

    @Test
    void stoppingAnUnloadedUnitIsFine() {
        answer("stop", 5, "", "Failed to stop nosuch.service: Unit nosuch.service not loaded.\n");
        systemd.stop("nosuch.service");
    }

    @Test
    void otherStopFailuresAreErrors() {
        answer("stop", 1, "", "Failed to stop web.service: Access denied\n");
        assertThatThrownBy(() -> systemd.stop("web.service")).hasMessage("cannot stop web.service: "
                + "Failed to stop web.service: Access denied");
    }

    @Test
    void unitsStopTogetherInOneCall() {
        systemd.stop(List.of("a.service", "b@x.service"));
        assertThat(calls).containsExactly(
                List.of("systemctl", "--no-ask-password", "stop", "--", "a.service", "b@x.service"));
        answer("stop", 1, "", "Access denied\n");
        assertThatThrownBy(() -> systemd.stop(List.of("a.service", "b@x.service")))
                .hasMessage("cannot stop a.service b@x.service: Access denied");
    }

    @Test
    void enabledIsTheExitCodeOfIsEnabled() {
        assertThat(systemd.isEnabled("web.service")).isTrue();
        assertThat(calls.get(0)).endsWith("is-enabled", "--quiet", "--", "web.service");
        answer("is-enabled", 1, "", "");
        assertThat(systemd.isEnabled("web.service")).isFalse();
    }

    @Test
    void enableAndDisableNameTheUnitWhenTheyFail() {
        systemd.enable("conductor-caddy.service");
        systemd.disable("conductor-caddy.service");
        assertThat(calls).containsExactly(
                List.of("systemctl", "--no-ask-password", "enable", "--", "conductor-caddy.service"),
                List.of("systemctl", "--no-ask-password", "disable", "--", "conductor-caddy.service"));
        answer("enable", 1, "", "Failed to enable unit: Unit file x.service does not exist.\n");
        assertThatThrownBy(() -> systemd.enable("x.service")).isInstanceOf(SystemdException.class)
                .hasMessage("cannot enable x.service: Failed to enable unit: Unit file x.service does not exist.");
    }

    @Test
    void resettingAnUnloadedUnitIsFine() {
        answer("reset-failed", 1, "", "Failed to reset failed state of unit x.service: Unit x.service not loaded.\n");
        systemd.resetFailed("x.service");
        answer("reset-failed", 1, "", "Access denied\n");
        assertThatThrownBy(() -> systemd.resetFailed("x.service")).hasMessageContaining("Access denied");
    }

    @Test
    void listPassesThePatternAfterTheOptions() {
        answer("list-units", 0, "[{\"unit\":\"a@1.service\",\"load\":\"loaded\",\"active\":\"active\",\"sub\":\"running\"}]", "");
        assertThat(systemd.list("a@*")).containsExactly(new UnitState("a@1.service", "loaded", "active", "running"));
        assertThat(calls.get(0)).endsWith("--output=json", "--", "a@*");
    }

    @Test
    void aRunnerFailureBecomesASystemdException() {
        ProcessRunner hanging = spec -> {
            throw new ProcessTimeoutException(spec, Duration.ofSeconds(1), "");
        };
        assertThatThrownBy(() -> new SystemctlSystemd(hanging).daemonReload())
                .isInstanceOf(SystemdException.class)
                .hasMessageContaining("systemctl --no-ask-password daemon-reload")
                .hasMessageContaining("timed out");
    }

    private void answer(String verbOrProgram, int exitCode, String stdout, String stderr) {
        answers.put(verbOrProgram, new ExecResult(List.of(), exitCode, stdout, stderr));
    }
}
