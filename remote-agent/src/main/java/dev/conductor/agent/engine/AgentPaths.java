package dev.conductor.agent.engine;

import dev.conductor.spec.load.ServiceFileLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the agent keeps things on the host. Tests point these below a temporary directory.
 *
 * @param serviceRoots service directory roots, in order of precedence
 * @param hostFile the host description with labels for {@code conditions}
 * @param stateRoot persistent per-service state: deploy state, revisions, config overrides
 * @param deploymentRoot runtime deployment directories
 */
public record AgentPaths(List<Path> serviceRoots, Path hostFile, Path stateRoot, Path deploymentRoot) {

    public AgentPaths {
        serviceRoots = List.copyOf(serviceRoots);
    }

    /** The places of docs/engine.md. */
    public static AgentPaths standard() {
        return new AgentPaths(ServiceFileLoader.DEFAULT_ROOTS, Path.of("/etc/conductor/host.json"),
                Path.of("/var/lib/conductor/services"), Path.of("/run/conductor/deployments"));
    }

    public Path serviceState(String service) {
        return stateRoot.resolve(service);
    }

    /** Lock files live beside the deployments, on tmpfs: a reboot frees them all. */
    public Path locks() {
        return deploymentRoot.resolveSibling("locks");
    }

    public Path deployment(String deployment) {
        return deploymentRoot.resolve(deployment);
    }
}
