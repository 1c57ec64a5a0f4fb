package dev.conductor.agent.podman;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Cleans up after a failed {@code podman kube play}: removes the pods that the YAML names and
 * that did not exist before the play. Pods of other plays running at the same time, and a pod
 * whose name was already in use, stay.
 */
final class HalfMadePods {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final PodmanCli podman;
    private final ProcessRunner processes;

    HalfMadePods(PodmanCli podman, ProcessRunner processes) {
        this.podman = podman;
        this.processes = processes;
    }

    /**
     * @param before pod names to ids, listed before the play
     * @return "" when all is clean, else a sentence to append to the play's error
     */
    String remove(Path podYaml, Map<String, String> before) {
        try {
            Set<String> names = KubeYaml.podNames(read(podYaml));
            Map<String, String> after = podman.podIds();
            StringBuilder problems = new StringBuilder();
            for (String name : names) {
                String id = after.get(name);
                if (id != null && !id.equals(before.get(name))) {
                    problems.append(removeById(name, id));
                }
            }
            return problems.toString();
        } catch (RuntimeException e) {
            return "; cannot check for a half-made pod: " + e.getMessage();
        }
    }

    private String removeById(String name, String id) {
        ExecResult result = podman.podman(TIMEOUT, "pod", "rm", "--force", "--time", "0", "--", id);
        return result.succeeded() ? "" : "; cannot remove the half-made pod " + name + ": "
                + PodmanErrors.of(result);
    }

    /** Through the runner, like every other access to the Podman host, which need not be this machine. */
    private String read(Path file) {
        ExecResult result = processes.run(ProcessSpec.of("cat", "--", file.toString()).withTimeout(TIMEOUT));
        return result.orThrow().stdout();
    }
}
