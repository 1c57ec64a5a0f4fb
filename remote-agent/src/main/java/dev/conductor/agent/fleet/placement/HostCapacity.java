package dev.conductor.agent.fleet.placement;

import java.util.Map;
import java.util.Objects;

/**
 * A host as the placement sees it: what its {@code host.json} declares.
 *
 * @param name the host's name, unique in the fleet; ties between hosts go to the first by name
 * @param labels the labels {@code conditions} match
 * @param resources what the host offers, in abstract units by name; a resource it does not
 *     declare counts as 0
 */
public record HostCapacity(String name, Map<String, String> labels, Map<String, Double> resources) {

    public HostCapacity {
        Objects.requireNonNull(name, "name");
        labels = Map.copyOf(labels);
        resources = Map.copyOf(resources);
    }

    /** @return the declared capacity of {@code resource}, 0 when the host does not declare it */
    public double capacity(String resource) {
        return resources.getOrDefault(resource, 0.0);
    }
}
