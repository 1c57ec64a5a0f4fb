package dev.conductor.gui;

import dev.conductor.console.fleet.Fleet;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.control.TableView;

/**
 * For the launch benchmark ({@code --bench-services N}): once the services table shows N rows,
 * prints how long that took since the JVM started and closes the console.
 */
final class LaunchProbe {

    private final int wanted;
    private final TableView<?> table;
    private final PrintStream out;
    private boolean done;

    private LaunchProbe(int wanted, TableView<?> table, PrintStream out) {
        this.wanted = wanted;
        this.table = table;
        this.out = out;
    }

    static void watch(int wanted, Fleet fleet, TableView<?> table, PrintStream out) {
        LaunchProbe probe = new LaunchProbe(wanted, table, out);
        fleet.addListener(new FleetRefresher(Platform::runLater, probe::check));
    }

    private void check() {
        if (done || table.getItems().size() < wanted) {
            return;
        }
        done = true;
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // after the next pulse, so that the rows have been laid out and drawn, not just set
        Platform.runLater(() -> {
            out.printf("gui-bench: %d services shown %d ms after JVM start%n", table.getItems().size(), sinceStart);
            out.flush();
            Platform.exit();
        });
    }
}
