package dev.conductor.agent.podman;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubeYamlTest {

    @Test
    void namesThePodOfEachDocument() {
        String yaml = """
                # rendered by a template
                apiVersion: v1
                kind: Pod
                metadata:
                  labels:
                    name: not-this
                  # name: nor-this
                  name: "web-r1"
                spec:
                  containers:
                    - name: web
                      image: localhost/conductor-test-web:v1
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {labels: {app: x}, name: 'worker'}
                spec: {}
                """;
        assertThat(KubeYaml.podNames(yaml)).containsExactly("web-r1", "web-r1-pod", "worker", "worker-pod");
    }

    @Test
    void toleratesTrailingCommentsAndNoName() {
        assertThat(KubeYaml.podNames("metadata:\n    name: web   # the pod\n")).contains("web");
        assertThat(KubeYaml.podNames("kind: Pod\nspec:\n  containers: []\n")).isEmpty();
        assertThat(KubeYaml.podNames("")).isEmpty();
    }
}
