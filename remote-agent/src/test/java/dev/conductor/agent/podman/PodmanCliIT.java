package dev.conductor.agent.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.SandboxProcessRunner;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The podman adapter against the real Podman 4.3 (runtime runc) of a sandbox host. */
@SandboxTest
class PodmanCliIT {

    private static final Duration READY = Duration.ofSeconds(30);
    private static SandboxHost host;
    private static PodmanCli podman;

    @BeforeAll
    static void connect() {
        podman = new PodmanCli(new SandboxProcessRunner(host), Duration.ofSeconds(2));
    }

    @Test
    void playedPodServesAtItsInspectedAddressAndLogsWithItsTag() throws InterruptedException {
        podman.kubePlay(pod("it-web", container("web", "localhost/conductor-test-web:v1")), Optional.empty(), "it-web-r1");

        PodInfo pod = podman.inspectPod("it-web").orElseThrow();
        assertThat(pod.state()).isEqualTo("Running");
        assertThat(pod.containers()).containsExactly(new PodInfo.ContainerInfo("it-web-web", "running", 0));
        assertThat(pod.ipAddress()).matches("10\\.(88|89)\\.\\d+\\.\\d+");
        assertThat(host.waitForHttp("http://" + pod.ipAddress() + ":8080/", 200, READY).body()).isEqualTo("v1\n");
        assertThat(podman.listPods()).contains("it-web");
        // busybox httpd -v logs each request to stderr, which the journald log driver tags
        assertThat(eventually(() -> journal("CONTAINER_TAG=it-web-r1"))).contains("response:200");
        assertThat(journal("SYSLOG_IDENTIFIER=it-web-r1")).contains("response:200");

        podman.removePod("it-web");
        assertThat(podman.inspectPod("it-web")).isEmpty();
        assertThat(podman.listPods()).doesNotContain("it-web");
        podman.removePod("it-web");
    }

    @Test
    void inspectReportsAnExitedContainer() throws InterruptedException {
        podman.kubePlay(pod("it-deg", "  restartPolicy: Never\n", container("web", "localhost/conductor-test-web:v1")
                + container("quitter", "localhost/conductor-test-web:v1") + "      command: [/bin/sh, -c, exit 3]\n"),
                Optional.empty());
        try {
            PodInfo pod = eventually(() -> podman.inspectPod("it-deg").filter(p -> p.state().equals("Degraded")).orElse(null));
            assertThat(pod.containers()).containsExactly(new PodInfo.ContainerInfo("it-deg-quitter", "exited", 3),
                    new PodInfo.ContainerInfo("it-deg-web", "running", 0));
            assertThat(pod.running()).isFalse();
            assertThat(pod.ipAddress()).isNotEmpty();
        } finally {
            podman.removePod("it-deg");
        }
    }

    @Test
    void missingImageFailsWithPodmansMessageAndLeavesNothing() {
        Path yaml = pod("it-missing", container("web", "localhost/conductor-test-web:v1")
                + container("nope", "localhost/does-not-exist:v9"));
        assertThatThrownBy(() -> podman.kubePlay(yaml, Optional.empty()))
                .isInstanceOf(PodmanException.class)
                .hasMessageContaining("Error: ")
                .hasMessageContaining("localhost/does-not-exist:v9");
        assertNothingLeft("it-missing");
    }

    @Test
    void containerThatCannotStartFailsWithTheReasonAndLeavesNothing() {
        Path yaml = pod("it-nostart", container("web", "localhost/conductor-test-web:v1")
                + container("broken", "localhost/conductor-test-web:v1") + "      command: [/no/such/program]\n");
        assertThatThrownBy(() -> podman.kubePlay(yaml, Optional.empty()))
                .isInstanceOf(PodmanException.class)
                .hasMessageContaining("/no/such/program")
                .hasMessageContaining("Error: failed to start 1 containers");
        assertNothingLeft("it-nostart");
    }

    @Test
    void badYamlFailsWithPodmansMessage() {
        host.writeFile("/root/it-bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: it-bad\nspec:\n  containers: [ {name: \n");
        assertThatThrownBy(() -> podman.kubePlay(Path.of("/root/it-bad.yaml"), Optional.empty()))
                .isInstanceOf(PodmanException.class)
                .hasMessageContaining("Error: ")
                .hasMessageContaining("yaml");
        assertNothingLeft("it-bad");
    }

    @Test
    void nameInUseFailsAndKeepsThePodThatHasIt() {
        Path yaml = pod("it-dup", container("web", "localhost/conductor-test-web:v1"));
        podman.kubePlay(yaml, Optional.empty());
        try {
            assertThatThrownBy(() -> podman.kubePlay(yaml, Optional.empty())).hasMessageContaining("in use");
            assertThat(podman.inspectPod("it-dup")).hasValueSatisfying(pod -> assertThat(pod.running()).isTrue());
        } finally {
            podman.removePod("it-dup");
        }
    }

    @Test
    void configMapReachesThePodAndItsAbsenceLeavesNothing() {
        host.writeFile("/root/it-cm-config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: it-config
                data:
                  GREETING: hello-from-configmap
                """);
        Path yaml = pod("it-cm", container("web", "localhost/conductor-test-web:v1") + """
                      env:
                        - name: GREETING
                          valueFrom:
                            configMapKeyRef:
                              name: it-config
                              key: GREETING
                """);
        assertThatThrownBy(() -> podman.kubePlay(yaml, Optional.empty())).hasMessageContaining("it-config");
        assertNothingLeft("it-cm");

        podman.kubePlay(yaml, Optional.of(Path.of("/root/it-cm-config.yaml")));
        try {
            assertThat(host.execOk("podman", "exec", "it-cm-web", "/bin/sh", "-c", "echo \"$GREETING\"").stdout())
                    .isEqualTo("hello-from-configmap\n");
        } finally {
            podman.removePod("it-cm");
        }
    }

    private static void assertNothingLeft(String podName) {
        assertThat(podman.listPods()).doesNotContain(podName);
        assertThat(podman.inspectPod(podName)).isEmpty();
        assertThat(host.execOk("podman", "ps", "--all", "--format", "{{.Names}}").stdout()).doesNotContain(podName);
    }

    private static Path pod(String name, String containers) {
        return pod(name, "", containers);
    }

    /** Writes a pod YAML into the host: {@code podFields} and {@code containers} are indented YAML lines. */
    private static Path pod(String name, String podFields, String containers) {
        Path yaml = Path.of("/root/" + name + ".yaml");
        host.writeFile(yaml.toString(), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name
                + "\nspec:\n" + podFields + "  containers:\n" + containers);
        return yaml;
    }

    private static String container(String name, String image) {
        return "    - name: " + name + "\n      image: " + image + "\n";
    }

    private static String journal(String match) {
        return host.execOk("journalctl", "--no-pager", "-o", "cat", match).stdout();
    }

    /** The first non-empty value within ten seconds, for things that settle asynchronously. */
    private static <T> T eventually(Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T value = probe.get();
        while ((value == null || "".equals(value)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            value = probe.get();
        }
        assertThat(value).as("settled within 10 s").isNotNull().isNotEqualTo("");
        return value;
    }
}
