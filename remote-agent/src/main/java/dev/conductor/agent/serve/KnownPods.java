package dev.conductor.agent.serve;

import java.util.Map;

/**
 * The pod states of the last full deployment listing. Podman answers slowly while it removes
 * or plays a pod, so a unit's news goes out first with these, and again once Podman answers.
 */
final class KnownPods {

    private volatile Map<String, String> states = Map.of();

    Map<String, String> get() {
        return states;
    }

    void update(Map<String, String> now) {
        states = Map.copyOf(now);
    }
}
