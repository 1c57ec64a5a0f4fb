package dev.conductor.agent.podman;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the host's Podman, for the pods of deployments. */
public interface Podman {

    /**
     * Runs {@code podman kube play} on a pod YAML, with a ConfigMap file when given.
     *
     * @throws PodmanException with Podman's stderr, for bad YAML, a missing image, a name in use, ...
     */
    void kubePlay(Path podYaml, Optional<Path> configMap);

    /**
     * Like {@link #kubePlay(Path, Optional)}, and tags every line the pod's containers log:
     * the journal entries carry {@code CONTAINER_TAG=logTag} and {@code SYSLOG_IDENTIFIER=logTag}
     * (so {@code journalctl -t logTag} finds them). Adapters that cannot tag ignore the tag.
     */
    default void kubePlay(Path podYaml, Optional<Path> configMap, String logTag) {
        kubePlay(podYaml, configMap);
    }

    /**
     * Makes a Podman secret that a pod YAML's {@code secretKeyRef} reads: {@code data} is a JSON
     * object of base64 values by key, which is what Podman 4.3's kube play expects. An earlier
     * secret of that name is replaced. Adapters keep it encrypted at rest.
     */
    void createSecret(String name, byte[] data);

    /** Removes a Podman secret; an absent one is not an error. */
    void removeSecret(String name);

    /** Stops and removes a pod and its containers; absent pods are not an error. */
    void removePod(String podName);

    /** The pod's state and address, or empty when no pod has that name. */
    Optional<PodInfo> inspectPod(String podName);

    /** Names of all pods on the host. */
    List<String> listPods();

    /** Every pod's state ({@code Running}, {@code Exited}, ...) by name; adapters answer it in one call. */
    default Map<String, String> podStates() {
        Map<String, String> states = new LinkedHashMap<>();
        listPods().forEach(pod -> inspectPod(pod).ifPresent(info -> states.put(pod, info.state())));
        return states;
    }
}
