package dev.conductor.agent.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A fleet service this host runs, as its heartbeat says.
 *
 * @param digest the version installed here (the bundle's SHA-256)
 * @param state the engine's deploy state of it here, e.g. {@code Stable}; while it is {@code WaitNext} or
 *     {@code TryAgainNext} the version before still serves
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunningService(String name, String digest, String state) {}
