package dev.conductor.agent.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.Modes;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentLifecycleTest {

    @TempDir
    Path root;

    @Test
    void theRenderedPodAndConfigMapAreRootsOnly() {
        TestEngine host = new TestEngine(root).service("web", """
                {"config": {"DB_PASSWORD": "hunter2"},
                 "pods": [{"name": "", "pod_template": "./pod.sh", "config_map_template": "./configmap.sh"}]}""");
        host.script("web", "pod.sh", "printf 'kind: Pod\\nmetadata:\\n  name: %s\\n' \"$POD_NAME\"");
        host.script("web", "configmap.sh", "printf 'kind: ConfigMap\\ndata:\\n  password: %s\\n' \"$DB_PASSWORD\"");
        host.podman().runEverything();
        host.serving("web", 1, Map.of("DB_PASSWORD", "hunter2"), "web-r1");

        host.graph().deploymentLifecycle().start("web-r1");

        Path dir = host.graph().deployments().directory("web-r1");
        assertThat(dir.resolve("configmap.yaml")).content().contains("hunter2");
        assertThat(Modes.of(dir)).isEqualTo("rwx------");
        assertThat(Modes.of(dir.resolve("pod.yaml"))).isEqualTo("rw-------");
        assertThat(Modes.of(dir.resolve("configmap.yaml"))).isEqualTo("rw-------");
        assertThat(Modes.of(dir.resolve("pod-ip"))).isEqualTo("rw-------");
    }
}
