package dev.conductor.console.fleet;

/**
 * Hears fleet changes. Called on the thread that applied the change, after the fleet's lock is
 * released: a UI marshals to its own thread ({@code Platform.runLater}, {@code invokeLater}).
 */
@FunctionalInterface
public interface FleetListener {
    void changed(FleetChange change);
}
