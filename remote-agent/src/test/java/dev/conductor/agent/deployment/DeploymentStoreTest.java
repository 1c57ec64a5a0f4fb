package dev.conductor.agent.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentStoreTest {

    @TempDir
    Path root;

    @Test
    void podAddressAndRemovalAreRememberedUntilTheDirectoryGoes() {
        DeploymentStore store = new DeploymentStore(new AgentPaths(List.of(root.resolve("services")),
                root.resolve("host.json"), root.resolve("state"), root.resolve("deployments")));
        store.markPodRemoved("web-r1");
        assertThat(store.podRemoved("web-r1")).as("no directory: nothing to remember").isFalse();

        store.create(new DeploymentRecord("web-r1", "web", "", 1, Map.of()));
        assertThat(store.podIp("web-r1")).isEmpty();
        store.savePodIp("web-r1", "10.88.0.7\n");
        store.markPodRemoved("web-r1");
        assertThat(store.podIp("web-r1")).contains("10.88.0.7");
        assertThat(store.podRemoved("web-r1")).isTrue();

        store.remove("web-r1");
        assertThat(store.podIp("web-r1")).isEmpty();
        assertThat(store.podRemoved("web-r1")).isFalse();
    }
}
