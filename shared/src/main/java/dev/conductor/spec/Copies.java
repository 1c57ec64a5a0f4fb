package dev.conductor.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive, unmodifiable copies for record components; null becomes empty. */
final class Copies {

    private Copies() {
    }

    // List.copyOf would throw on null elements before validation could report them with a pointer.
    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    // Map.copyOf would lose the declaration order, which config and commands keep.
    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
