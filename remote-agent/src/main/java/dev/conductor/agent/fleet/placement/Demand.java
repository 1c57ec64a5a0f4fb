package dev.conductor.agent.fleet.placement;

import dev.conductor.spec.Conditions;
import dev.conductor.spec.ServiceSpec;
import java.util.Map;
import java.util.Objects;

/**
 * What one service asks of the fleet.
 *
 * @param service the service's name, unique among the demands
 * @param best what each replica runs well with, by resource
 * @param min the least each replica can run with, by resource; a resource of {@code best} that
 *     {@code min} leaves out is needed whole (its min is its best), as in the service file
 * @param replicas how many replicas, each on a distinct host; at least 1
 * @param conditions which hosts may run it, matched as on a single host
 */
public record Demand(String service, Map<String, Double> best, Map<String, Double> min, int replicas,
        Conditions conditions) {

    public Demand {
        Objects.requireNonNull(service, "service");
        best = Map.copyOf(best);
        min = Map.copyOf(min);
        conditions = conditions == null ? Conditions.NONE : conditions;
        if (replicas < 1) {
            throw new IllegalArgumentException("service " + service + ": replicas " + replicas + " is less than 1");
        }
    }

    /** The demand of a loaded service: its {@code resources}, {@code replicas} and {@code conditions}. */
    public static Demand of(ServiceSpec spec) {
        return new Demand(spec.name(), spec.resources().best(), spec.resources().floor(), spec.replicas(),
                spec.conditions());
    }

    /** @return the least one replica needs of {@code resource}: its min, else its best, else 0 */
    public double floor(String resource) {
        return min.getOrDefault(resource, best.getOrDefault(resource, 0.0));
    }

    /** @return what one replica runs well with of {@code resource}, 0 when it asks none */
    public double best(String resource) {
        return best.getOrDefault(resource, 0.0);
    }
}
