package dev.conductor.agent.podman;

import static dev.conductor.agent.podman.PodmanJsonTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands and clean-up decisions, with canned podman answers; the real thing is in PodmanCliIT. */
class PodmanCliTest {

    private static final String YAML = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-r1\nspec: {}\n";
    private static final String MISSING_IMAGE = """
            Trying to pull localhost/nope:v9...
            time="..." level=warning msg="Failed, retrying in 1s ... (1/3)."
            Error: initializing source docker://localhost/nope:v9: pinging container registry localhost
            """;

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Deque<ExecResult>> answers = new HashMap<>();
    private final ProcessRunner runner = spec -> {
        String line = String.join(" ", spec.command());
        calls.add(line);
        ExecResult canned = answers.keySet().stream().filter(line::startsWith)
                .max(Comparator.comparingInt(String::length))
                .map(key -> answers.get(key).size() > 1 ? answers.get(key).poll() : answers.get(key).peek())
                .orElse(new ExecResult(List.of(), 0, "", ""));
        return new ExecResult(spec.command(), canned.exitCode(), canned.stdout(), canned.stderr());
    };
    private final PodmanCli podman = new PodmanCli(runner);

    @Test
    void playsWithJournaldLogsTagAndConfigMap() {
        answer("podman pod ls", 0, "[]", "");
        podman.kubePlay(Path.of("/d/pod.yaml"), Optional.of(Path.of("/d/configmap.yaml")), "web-r1");
        assertThat(calls).containsExactly("podman pod ls --format json", "podman kube play --log-driver journald"
                + " --log-opt tag=web-r1 --configmap /d/configmap.yaml -- /d/pod.yaml");
    }

    @Test
    void aLogTagCannotBeAGoTemplate() {
        assertThatThrownBy(() -> podman.kubePlay(Path.of("/d/pod.yaml"), Optional.empty(), "{{.Name}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'{{.Name}}'");
        assertThat(calls).isEmpty();
    }

    @Test
    void failedPlayQuotesPodmansErrorAndRemovesTheNewPodItNamed() {
        answer("podman pod ls", 0, "[]", "");
        answer("podman pod ls", 0, "[{\"Name\": \"web-r1\", \"Id\": \"new1\"}, {\"Name\": \"other\", \"Id\": \"o1\"}]", "");
        answer("podman kube play", 125, "", MISSING_IMAGE);
        answer("cat", 0, YAML, "");

        assertThatThrownBy(() -> podman.kubePlay(Path.of("/d/pod.yaml"), Optional.empty()))
                .isInstanceOf(PodmanException.class)
                .hasMessage("'podman kube play --log-driver journald -- /d/pod.yaml' failed: Error: initializing"
                        + " source docker://localhost/nope:v9: pinging container registry localhost");
        assertThat(calls).contains("cat -- /d/pod.yaml", "podman pod rm --force --time 0 -- new1")
                .noneMatch(call -> call.contains("o1"));
    }

    @Test
    void aStartFailureKeepsTheLineThatSaysWhy() {
        answer("podman pod ls", 0, "[]", "");
        answer("podman kube play", 125, "", """
                starting container 48d6: runc: runc create failed: exec: "sh": executable file not found in $PATH
                Error: failed to start 1 containers
                """);
        assertThatThrownBy(() -> podman.kubePlay(Path.of("/d/pod.yaml"), Optional.empty())).hasMessageEndingWith("""
                failed: starting container 48d6: runc: runc create failed: exec: "sh": executable file not found in $PATH
                Error: failed to start 1 containers""");
    }

    @Test
    void failedPlayKeepsAPodThatHadTheNameBefore() {
        answer("podman pod ls", 0, "[{\"Name\": \"web-r1\", \"Id\": \"old1\"}]", "");
        answer("podman kube play", 125, "", "Error: adding pod to state: name \"web-r1\" is in use: pod already exists\n");
        answer("cat", 0, YAML, "");

        assertThatThrownBy(() -> podman.kubePlay(Path.of("/d/pod.yaml"), Optional.empty())).hasMessageContaining("in use");
        assertThat(calls).noneMatch(call -> call.startsWith("podman pod rm"));
    }

    @Test
    void aFailedCleanUpIsPartOfTheError() {
        answer("podman pod ls", 0, "[]", "");
        answer("podman pod ls", 0, "[{\"Name\": \"web-r1\", \"Id\": \"new1\"}]", "");
        answer("podman kube play", 125, "", "Error: bad\n");
        answer("cat", 0, YAML, "");
        answer("podman pod rm", 125, "", "Error: pod is busy\n");

        assertThatThrownBy(() -> podman.kubePlay(Path.of("/d/pod.yaml"), Optional.empty()))
                .hasMessageEndingWith("failed: Error: bad; cannot remove the half-made pod web-r1: Error: pod is busy");
    }

    @Test
    void inspectCombinesPodAndContainers() {
        answer("podman pod inspect", 0, fixture("pod-inspect-degraded-podman-4.3.json"), "");
        answer("podman inspect", 0, fixture("containers-inspect-degraded-podman-4.3.json"), "");

        PodInfo pod = podman.inspectPod("degraded1").orElseThrow();

        assertThat(pod).isEqualTo(new PodInfo("degraded1", "Degraded", "10.89.0.9", List.of(
                new PodInfo.ContainerInfo("degraded1-quitter", "exited", 3),
                new PodInfo.ContainerInfo("degraded1-web", "running", 0))));
        assertThat(pod.running()).isFalse();
        assertThat(calls.get(1)).isEqualTo("podman inspect --type container -- " + PodmanJsonTest.INFRA + " "
                + PodmanJsonTest.QUITTER + " " + PodmanJsonTest.WEB);
    }

    @Test
    void inspectOfAnAbsentPodIsEmpty() {
        answer("podman pod inspect", 125, "", "Error: inspecting object: no such pod nosuch\n");
        answer("podman pod exists", 1, "", "");
        assertThat(podman.inspectPod("nosuch")).isEmpty();
    }

    @Test
    void inspectFailuresOfAPodThatExistsAreErrors() {
        answer("podman pod inspect", 125, "", "Error: database is locked\n");
        answer("podman pod exists", 0, "", "");
        assertThatThrownBy(() -> podman.inspectPod("web-r1"))
                .isInstanceOf(PodmanException.class)
                .hasMessage("cannot inspect pod web-r1: Error: database is locked");
    }

    @Test
    void removeIgnoresAbsentPodsAndUsesTheStopTimeout() {
        new PodmanCli(runner, Duration.ofSeconds(3)).removePod("web-r1");
        assertThat(calls).containsExactly("podman pod rm --force --ignore --time 3 -- web-r1");
    }

    @Test
    void listsPodNamesSorted() {
        answer("podman pod ls", 0, "[{\"Name\": \"b\", \"Id\": \"2\"}, {\"Name\": \"a\", \"Id\": \"1\"}]", "");
        assertThat(podman.listPods()).containsExactly("a", "b");
    }

    /** Answers commands starting with {@code commandStart}, in order; the last answer repeats. */
    private void answer(String commandStart, int exitCode, String stdout, String stderr) {
        answers.computeIfAbsent(commandStart, key -> new ArrayDeque<>())
                .add(new ExecResult(List.of(), exitCode, stdout, stderr));
    }
}
