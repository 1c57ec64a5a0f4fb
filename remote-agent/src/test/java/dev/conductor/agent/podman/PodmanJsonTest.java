package dev.conductor.agent.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing against JSON captured from Podman 4.3 in a sandbox host: a pod whose {@code quitter}
 * container exited with 3 while {@code web} runs. The array-shaped pod inspect is that capture
 * wrapped in an array, as newer Podman versions print it.
 */
class PodmanJsonTest {

    static final String INFRA = "7a2cdd7568dfec432277517eb4632557d040a6e809c69dbb2f8e6226fd3107fc";
    static final String QUITTER = "3d192b190bd3332e3fc1f89a3c172a462a6c1bfd5df0d80ffc16b5e93e435df2";
    static final String WEB = "7c97ab78951d006c567992f6251ce6b0e8fa0b6f7584fabd340830b548f14041";

    @ParameterizedTest
    @ValueSource(strings = {"pod-inspect-degraded-podman-4.3.json", "pod-inspect-degraded-array-shape.json"})
    void readsPodInspectAsObjectOrArray(String fixture) {
        PodmanJson.Pod pod = PodmanJson.pod(fixture(fixture));
        assertThat(pod).isEqualTo(new PodmanJson.Pod("degraded1", "Degraded", INFRA, List.of(QUITTER, WEB)));
    }

    @Test
    void readsContainerStatesExitCodesAndAddresses() {
        assertThat(PodmanJson.containers(fixture("containers-inspect-degraded-podman-4.3.json"))).containsExactly(
                new PodmanJson.Container(QUITTER, "degraded1-quitter", "exited", 3, "10.89.0.9"),
                new PodmanJson.Container(INFRA, "68aed0a5587e-infra", "running", 0, "10.89.0.9"),
                new PodmanJson.Container(WEB, "degraded1-web", "running", 0, "10.89.0.9"));
    }

    @Test
    void fallsBackToTheTopLevelAddressAndToNone() {
        String json = """
                [{"Id": "a", "Name": "legacy", "State": {"Status": "running", "ExitCode": 0},
                  "NetworkSettings": {"IPAddress": "10.88.0.7", "Networks": {"podman": {"IPAddress": ""}}}},
                 {"Id": "b", "Name": "host-network", "State": {"Status": "running"}, "NetworkSettings": {}}]
                """;
        assertThat(PodmanJson.containers(json)).extracting(PodmanJson.Container::ipAddress).containsExactly("10.88.0.7", "");
    }

    @Test
    void readsPodNamesAndIdsFromPodLs() {
        assertThat(PodmanJson.podIds(fixture("pod-ls-podman-4.3.json"))).containsExactly(
                entry("degraded1",
                        "68aed0a5587e9cdc2fb8f8f125f8ff92dbded247ce8d77311833ee4b6a7f008d"));
        assertThat(PodmanJson.podIds("[]")).isEmpty();
        assertThat(PodmanJson.podStates(fixture("pod-ls-podman-4.3.json"))).containsExactly(entry("degraded1", "Degraded"));
    }

    @Test
    void unreadableOutputIsQuoted() {
        assertThatThrownBy(() -> PodmanJson.pod("Error: something"))
                .isInstanceOf(PodmanException.class)
                .hasMessageContaining("podman pod inspect")
                .hasMessageContaining("'Error: something'");
    }

    static String fixture(String name) {
        try (InputStream in = PodmanJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
