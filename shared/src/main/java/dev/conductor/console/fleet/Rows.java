package dev.conductor.console.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Replace-or-append and remove by name on immutable row lists, keeping the order stable. */
final class Rows {

    private Rows() {}

    static <T> List<T> put(List<T> rows, T row, Function<T, String> name) {
        List<T> result = new ArrayList<>(rows);
        for (int i = 0; i < result.size(); i++) {
            if (name.apply(result.get(i)).equals(name.apply(row))) {
                result.set(i, row);
                return result;
            }
        }
        result.add(row);
        return result;
    }

    static <T> List<T> remove(List<T> rows, String removed, Function<T, String> name) {
        return rows.stream().filter(row -> !name.apply(row).equals(removed)).toList();
    }
}
