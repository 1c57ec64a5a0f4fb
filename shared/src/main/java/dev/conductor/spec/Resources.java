package dev.conductor.spec;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service asks of a host, in the abstract units hosts declare in
 * {@code /etc/conductor/host.json} ({@code resources} in the service file). Only the fleet's
 * placement reads it; the single-host engine runs a service whatever it declares. Example:
 * <pre>{@code "resources": { "best": { "vcpu": 2, "ram_gb": 4 }, "min": { "vcpu": 1 } }}</pre>
 *
 * @param best what the service runs well with, by resource name
 * @param min the least the service can run with, by resource name; a resource of {@code best}
 *     that {@code min} leaves out cannot be overcommitted: its minimum is its best (in the example,
 *     {@code ram_gb} needs 4). A resource in {@code min} must also be in {@code best}, with a value
 *     no greater; the loader reports any other as a problem of the file
 */
public record Resources(
        Map<@SafeName String, @NotNull @PositiveOrZero Double> best,
        Map<@SafeName String, @NotNull @PositiveOrZero Double> min) {

    /** No resources declared: the service asks nothing of its host. */
    public static final Resources NONE = new Resources(Map.of(), Map.of());

    public Resources {
        best = Copies.map(best);
        min = Copies.map(min);
    }

    /**
     * The minimum the placement works with: {@code min}, completed with {@code best} for the
     * resources it leaves out, in the order of {@code best}.
     *
     * @return the least the service needs of each resource it declares
     */
    public Map<String, Double> floor() {
        Map<String, Double> floor = new LinkedHashMap<>();
        best.forEach((resource, value) -> floor.put(resource, min.getOrDefault(resource, value)));
        return floor;
    }
}
