package dev.conductor.console.fleet;

/**
 * What changed in the fleet, for listeners to refresh just that.
 *
 * @param kind a host's connection, one of its services, deployments or functions, or all of a host
 * @param host the host's name
 * @param name the service's or deployment's name, or the function's id; {@code ""} for host-wide changes
 */
public record FleetChange(Kind kind, String host, String name) {

    /** What a change is about. */
    public enum Kind { HOST, SERVICE, DEPLOYMENT, FUNCTION, RESYNC }
}
