package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One fleet service in {@code fleet}: its current version, the hosts the board places it on, and the
 * hosts that say in their heartbeat that they run it.
 *
 * @param digest the SHA-256 of the current version's bundle
 * @param placedOn host names, in name order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FleetServiceInfo(String name, long version, String digest, List<String> placedOn,
        List<RunningInfo> runningOn) {

    public FleetServiceInfo {
        placedOn = placedOn == null ? List.of() : List.copyOf(placedOn);
        runningOn = runningOn == null ? List.of() : List.copyOf(runningOn);
    }

    /** True when the hosts that run it are not those it is placed on, or one runs another version. */
    public boolean mismatched() {
        return !placedOn.equals(runningOn.stream().map(RunningInfo::host).sorted().toList())
                || runningOn.stream().anyMatch(running -> !running.digest().equals(digest));
    }
}
