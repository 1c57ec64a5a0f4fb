package dev.conductor.agent.fleet.placement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A service short of replicas: no host is left that could take one more.
 *
 * @param service the service's name
 * @param missing how many of its replicas have no host
 * @param exclusions every host of the fleet, in name order, with why it cannot take one more
 */
public record Unplaced(String service, int missing, List<Exclusion> exclusions) {

    public Unplaced {
        exclusions = List.copyOf(exclusions);
    }

    /** @return one line for an operator: the service, what is missing, and every host's reason */
    public String reason() {
        String hosts = exclusions.isEmpty() ? "the fleet has no host"
                : exclusions.stream().map(Exclusion::toString).collect(Collectors.joining("; "));
        return "service " + service + ": " + missing + " replica" + (missing == 1 ? "" : "s") + " not placed: "
                + hosts;
    }
}
