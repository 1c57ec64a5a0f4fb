package dev.conductor.agent.deploy;

import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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

    /**
     * Names the deployments of {@code revision}, one per pod: {@code SERVICE[-POD]-rN}, with a
     * suffix when a name is {@code taken} (a failed attempt of the same revision left it). A
     * service without pods (functions only) has a release without deployments.
     */
    static Release allocate(ServiceSpec spec, int revision, Predicate<String> taken) {
        List<String> names = new ArrayList<>();
        for (Pod pod : spec.pods()) {
            String base = spec.name() + (pod.name().isEmpty() ? "" : "-" + pod.name()) + "-r" + revision;
            String name = base;
            for (int n = 2; taken.test(name) || names.contains(name); n++) {
                name = base + "-" + n;
            }
            names.add(name);
        }
        return new Release(revision, names);
    }
}
