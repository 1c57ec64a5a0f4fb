package dev.conductor.console.fleet;

import dev.conductor.protocol.FunctionRow;
import java.util.List;
import java.util.Optional;

/**
 * One function as the console knows it: its last row and its request rate over the rows so far.
 *
 * @param row the row the agent sent last
 * @param rate requests per second, from the rows' counters and arrival times
 */
public record LiveFunction(FunctionRow row, RequestRate rate) {

    /** The function of {@code row}, which arrived at {@code atNanos}, carrying on its rate among {@code known}. */
    static LiveFunction of(List<LiveFunction> known, FunctionRow row, long atNanos) {
        return find(known, row.id()).map(before -> new LiveFunction(row, before.rate.next(row.requests(), atNanos)))
                .orElseGet(() -> new LiveFunction(row, RequestRate.first(row.requests(), atNanos)));
    }

    /** The function with {@code id} among {@code functions}. */
    public static Optional<LiveFunction> find(List<LiveFunction> functions, String id) {
        return functions.stream().filter(function -> function.id().equals(id)).findFirst();
    }

    LiveFunction quiet(long atNanos) {
        return new LiveFunction(row, rate.quiet(atNanos));
    }

    String id() {
        return row.id();
    }
}
