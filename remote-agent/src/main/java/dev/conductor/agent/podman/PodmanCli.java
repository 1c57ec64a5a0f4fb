package dev.conductor.agent.podman;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link Podman} through the {@code podman} command. The OCI runtime comes from the host's
 * containers.conf. Container output goes to the journal (log driver journald).
 */
public final class PodmanCli implements Podman {

    /** How long a pod's containers get to stop on SIGTERM before SIGKILL. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);
    /** Bound for kube play, which may pull images. */
    private static final Duration PLAY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);
    /** What a log tag may contain: Podman reads {@code {{...}}} in it as a Go template. */
    private static final Pattern LOG_TAG = Pattern.compile("[A-Za-z0-9_.@:-]*");

    private final ProcessRunner processes;
    private final Duration stopTimeout;
    private final EncryptedSecretDriver secrets;

    public PodmanCli(ProcessRunner processes) {
        this(processes, DEFAULT_STOP_TIMEOUT);
    }

    public PodmanCli(ProcessRunner processes, Duration stopTimeout) {
        this.processes = processes;
        this.stopTimeout = stopTimeout;
        this.secrets = new EncryptedSecretDriver(EncryptedSecretDriver.STANDARD);
    }

    @Override
    public void createSecret(String name, byte[] data) {
        removeSecret(name);
        secrets.prepare();
        List<String> command = new ArrayList<>(List.of("podman", "secret", "create", "--driver", "shell",
                "--driver-opts", secrets.options(), "--", name, "-"));
        ExecResult result = processes.run(new ProcessSpec(command, null, Map.of(), QUERY_TIMEOUT, data));
        if (!result.succeeded()) {
            throw new PodmanException("podman secret create " + name + " failed: " + result.outputTail());
        }
    }

    @Override
    public void removeSecret(String name) {
        processes.run(new ProcessSpec(List.of("podman", "secret", "rm", "--", name), null, Map.of(),
                QUERY_TIMEOUT, null));
    }

    @Override
    public void kubePlay(Path podYaml, Optional<Path> configMap) {
        kubePlay(podYaml, configMap, "");
    }

    /** Removes what a failed play left behind (Podman keeps a pod whose image is missing, for one). */
    @Override
    public void kubePlay(Path podYaml, Optional<Path> configMap, String logTag) {
        if (!LOG_TAG.matcher(logTag).matches()) {
            throw new IllegalArgumentException("log tag '" + logTag + "' may only contain letters, digits and _.@:-");
        }
        Map<String, String> before = podIds();
        ProcessSpec play = new ProcessSpec(playCommand(podYaml, configMap, logTag), null, Map.of(),
                PLAY_TIMEOUT, null);
        String failure;
        RuntimeException cause = null;
        try {
            ExecResult result = processes.run(play);
            if (result.succeeded()) {
                return;
            }
            failure = "'" + play.display() + "' failed: " + PodmanErrors.of(result);
        } catch (RuntimeException e) {
            failure = "'" + play.display() + "' did not finish: " + e.getMessage();
            cause = e;
        }
        String leftovers = new HalfMadePods(this, processes).remove(podYaml, before);
        throw new PodmanException(failure + leftovers, cause);
    }

    @Override
    public void removePod(String podName) {
        ExecResult result = podman(QUERY_TIMEOUT.plus(stopTimeout), "pod", "rm", "--force", "--ignore",
                "--time", String.valueOf(stopTimeout.toSeconds()), "--", podName);
        if (!result.succeeded()) {
            throw new PodmanException("cannot remove pod " + podName + ": " + PodmanErrors.of(result));
        }
    }

    @Override
    public Optional<PodInfo> inspectPod(String podName) {
        ExecResult result = podman(QUERY_TIMEOUT, "pod", "inspect", "--", podName);
        if (!result.succeeded()) {
            if (!exists(podName)) {
                return Optional.empty();
            }
            throw new PodmanException("cannot inspect pod " + podName + ": " + PodmanErrors.of(result));
        }
        PodmanJson.Pod pod = PodmanJson.pod(result.stdout());
        List<PodmanJson.Container> containers = inspectContainers(pod);
        String address = containers.stream().filter(c -> c.id().equals(pod.infraId()))
                .map(PodmanJson.Container::ipAddress).findFirst().orElse("");
        List<PodInfo.ContainerInfo> infos = containers.stream().filter(c -> !c.id().equals(pod.infraId()))
                .map(c -> new PodInfo.ContainerInfo(c.name(), c.state(), c.exitCode()))
                .sorted(Comparator.comparing(PodInfo.ContainerInfo::name)).toList();
        return Optional.of(new PodInfo(pod.name(), pod.state(), address, infos));
    }

    @Override
    public List<String> listPods() {
        return podIds().keySet().stream().sorted().toList();
    }

    @Override
    public Map<String, String> podStates() {
        return PodmanJson.podStates(podList());
    }

    /** Pod names to ids. */
    Map<String, String> podIds() {
        return PodmanJson.podIds(podList());
    }

    private String podList() {
        ExecResult result = podman(QUERY_TIMEOUT, "pod", "ls", "--format", "json");
        if (!result.succeeded()) {
            throw new PodmanException("cannot list pods: " + PodmanErrors.of(result));
        }
        return result.stdout();
    }

    ExecResult podman(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        ProcessSpec spec = new ProcessSpec(command, null, Map.of(), timeout, null);
        try {
            return processes.run(spec);
        } catch (RuntimeException e) {
            throw new PodmanException("'" + spec.display() + "' did not run: " + e.getMessage(), e);
        }
    }

    private static List<String> playCommand(Path podYaml, Optional<Path> configMap, String logTag) {
        List<String> command = new ArrayList<>(List.of("podman", "kube", "play", "--log-driver", "journald"));
        if (!logTag.isEmpty()) {
            command.addAll(List.of("--log-opt", "tag=" + logTag));
        }
        configMap.ifPresent(file -> command.addAll(List.of("--configmap", file.toString())));
        command.addAll(List.of("--", podYaml.toString()));
        return command;
    }

    private List<PodmanJson.Container> inspectContainers(PodmanJson.Pod pod) {
        List<String> ids = new ArrayList<>(pod.containerIds());
        if (!pod.infraId().isEmpty()) {
            ids.add(0, pod.infraId());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> arguments = new ArrayList<>(List.of("inspect", "--type", "container", "--"));
        arguments.addAll(ids);
        ExecResult result = podman(QUERY_TIMEOUT, arguments.toArray(String[]::new));
        if (!result.succeeded()) {
            throw new PodmanException("cannot inspect the containers of pod " + pod.name() + ": "
                    + PodmanErrors.of(result));
        }
        return PodmanJson.containers(result.stdout());
    }

    private boolean exists(String podName) {
        return podman(QUERY_TIMEOUT, "pod", "exists", "--", podName).exitCode() != 1;
    }
}
