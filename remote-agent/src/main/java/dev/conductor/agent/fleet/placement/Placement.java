package dev.conductor.agent.fleet.placement;

import java.util.Objects;

/**
 * One replica of a service on one host: what runs, or what a plan says should run.
 *
 * @param service the service's name
 * @param host the host's name
 */
public record Placement(String service, String host) {

    public Placement {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(host, "host");
    }
}
