package dev.conductor.agent.fleet.placement;

/**
 * Why a host cannot take a replica, or no longer keeps one.
 *
 * @param host the host's name
 * @param reason what rules it out, e.g. {@code ram_gb: min 2 + 99 already promised > capacity 100}
 */
public record Exclusion(String host, String reason) {

    @Override
    public String toString() {
        return host + ": " + reason;
    }
}
