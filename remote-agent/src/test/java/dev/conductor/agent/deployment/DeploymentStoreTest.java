package dev.conductor.agent.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.Modes;
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

    @Test
    void everyFileOfADeploymentIsRootsOnly() {
        DeploymentStore store = new DeploymentStore(new AgentPaths(List.of(root.resolve("services")),
                root.resolve("host.json"), root.resolve("state"), root.resolve("run/deployments")));
        store.create(new DeploymentRecord("web-r1", "web", "", 1, Map.of("PASSWORD", "s3cret")));
        store.saveRegisteredIds("web-r1", List.of("conductor-web-r1-0"));
        store.markRegistered("web-r1");
        store.savePodIp("web-r1", "10.88.0.7");
        store.writeError("web-r1", "template failed for PASSWORD=s3cret");
        store.markPodRemoved("web-r1");

        assertThat(Modes.below(root.resolve("run/deployments"))).isEqualTo(Map.of("", "rwx------",
                "web-r1", "rwx------", "web-r1/deployment.json", "rw-------", "web-r1/snippets.json", "rw-------",
                "web-r1/registered", "rw-------", "web-r1/pod-ip", "rw-------", "web-r1/error.txt", "rw-------",
                "web-r1/pod-removed", "rw-------"));
        assertThat(Modes.of(root.resolve("run"))).as("only what the agent creates for itself").isEqualTo("rwxr-xr-x");
    }
}
