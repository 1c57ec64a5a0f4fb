package dev.conductor.agent.podman;

import java.util.List;

/**
 * A pod as Podman reports it.
 *
 * @param name the pod's name
 * @param state Podman's pod state: {@code Running}, {@code Degraded}, {@code Exited}, ...
 * @param ipAddress the infra container's address on its network, {@code ""} when it has none
 * @param containers the pod's containers other than infra
 */
public record PodInfo(String name, String state, String ipAddress, List<ContainerInfo> containers) {

    public PodInfo {
        containers = List.copyOf(containers);
    }

    /** True when the pod runs and all its containers run. */
    public boolean running() {
        return "Running".equals(state) && containers.stream().allMatch(ContainerInfo::running);
    }

    /** One container of a pod: name, state ({@code running}, {@code exited}, ...) and exit code. */
    public record ContainerInfo(String name, String state, int exitCode) {
        public boolean running() {
            return "running".equals(state);
        }
    }
}
