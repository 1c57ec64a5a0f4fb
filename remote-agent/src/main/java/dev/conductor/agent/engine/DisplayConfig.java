package dev.conductor.agent.engine;

import dev.conductor.spec.Secrets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code display_*_config} columns of listings: the declared variables' values, secrets
 * masked, and the union of the columns of all rows listed.
 */
public final class DisplayConfig {

    private DisplayConfig() {}

    /** The values of {@code keys} in {@code config}, masked when secret; {@code ""} when unset. */
    public static Map<String, String> values(List<String> keys, Map<String, String> config) {
        Map<String, String> values = new LinkedHashMap<>();
        keys.forEach(key -> values.put(key, config.containsKey(key) ? Secrets.shown(key, config.get(key)) : ""));
        return values;
    }

    /** Every column of any row, in the order first seen. */
    public static List<String> union(Collection<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        return List.copyOf(columns);
    }
}
