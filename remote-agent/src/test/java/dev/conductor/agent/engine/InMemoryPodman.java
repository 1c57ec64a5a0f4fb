package dev.conductor.agent.engine;

import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/** A {@link Podman} whose pods are entries in a map, for unit tests. */
public final class InMemoryPodman implements Podman {

    private final Map<String, PodInfo> pods = new TreeMap<>();
    private final List<String> calls = new ArrayList<>();
    private boolean runEverything;
    private volatile CountDownLatch listings = new CountDownLatch(0);

    /** Adds a pod in {@code state} ({@code Running}, {@code Exited}, ...) with one container in a matching state. */
    public InMemoryPodman pod(String name, String state, String ip) {
        String container = "Running".equals(state) ? "running" : "exited";
        pods.put(name, new PodInfo(name, state, ip, List.of(new PodInfo.ContainerInfo(name + "-main", container, 0))));
        return this;
    }

    /** From now on, every pod asked about runs, as if the deployment unit had played it. */
    public InMemoryPodman runEverything() {
        runEverything = true;
        return this;
    }

    /** Pod listings wait from now on, as Podman's do while it removes a pod, until {@link #unblockPodListings}. */
    public void blockPodListings() {
        listings = new CountDownLatch(1);
    }

    public void unblockPodListings() {
        listings.countDown();
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void kubePlay(Path podYaml, Optional<Path> configMap) {
        calls.add("play " + podYaml);
    }

    @Override
    public void createSecret(String name, byte[] data) {
        calls.add("secret create " + name);
    }

    @Override
    public void removeSecret(String name) {
        calls.add("secret rm " + name);
    }

    @Override
    public void removePod(String podName) {
        calls.add("rm " + podName);
        pods.remove(podName);
    }

    @Override
    public Optional<PodInfo> inspectPod(String podName) {
        calls.add("inspect " + podName);
        if (runEverything && !pods.containsKey(podName)) {
            pod(podName, "Running", "10.88.0.9");
        }
        return Optional.ofNullable(pods.get(podName));
    }

    @Override
    public List<String> listPods() {
        try {
            listings.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.add("ls");
        return List.copyOf(pods.keySet());
    }
}
