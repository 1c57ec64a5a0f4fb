package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import java.util.Optional;

/** What one view shows: a projection of the fleet into a grid, and where Enter leads. */
public interface RowSource {

    String title();

    Grid read(Fleet fleet);

    /** The view Enter opens on the row with {@code key}; empty when the row has no detail. */
    default Optional<RowSource> drill(String key) {
        return Optional.empty();
    }
}
