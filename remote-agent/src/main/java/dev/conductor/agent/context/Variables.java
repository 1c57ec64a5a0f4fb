package dev.conductor.agent.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered variable set where a later value replaces an earlier one and moves to the end. */
final class Variables {

    private final Map<String, String> values = new LinkedHashMap<>();

    Variables putAll(Map<String, String> more) {
        more.forEach(this::put);
        return this;
    }

    // Removing first keeps the order documented: a CONDUCTOR_* name always comes after the config.
    Variables put(String name, String value) {
        values.remove(name);
        values.put(name, value);
        return this;
    }

    Variables remove(String name) {
        values.remove(name);
        return this;
    }

    Map<String, String> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
