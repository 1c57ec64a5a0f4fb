package dev.conductor.agent.engine;

import java.util.Map;

/** Where {@code service config set} values come from; the catalog reads them without knowing the state store. */
@FunctionalInterface
public interface OverrideSource {

    /** The service's overrides, empty when none are set. */
    Map<String, String> overrides(String service);
}
