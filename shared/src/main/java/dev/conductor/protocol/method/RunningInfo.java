package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A host that runs a fleet service, as its last heartbeat says.
 *
 * @param digest the version installed there
 * @param state the engine's deploy state there, e.g. {@code Stable} or {@code WaitNext}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunningInfo(String host, String digest, String state) {

    public RunningInfo {
        digest = digest == null ? "" : digest;
        state = state == null ? "" : state;
    }
}
