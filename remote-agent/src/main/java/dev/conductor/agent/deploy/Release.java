package dev.conductor.agent.deploy;

import java.util.List;

/**
 * The deployments of one revision of a service: one per pod.
 *
 * @param revision the revision whose config snapshot they run
 * @param deployments deployment names, in the order of the service's pods
 */
public record Release(int revision, List<String> deployments) {

    public Release {
        deployments = List.copyOf(deployments);
    }
}
