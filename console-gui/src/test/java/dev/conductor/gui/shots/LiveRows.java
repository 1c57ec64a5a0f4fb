package dev.conductor.gui.shots;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.Fleets;

/** Function rows as an agent sends them once a second, sped up to twice a second: a busy web, a slower worker. */
final class LiveRows {

    static final int ROWS = 16;

    private LiveRows() {
    }

    /** Sends {@link #ROWS} rows of each function, about 0.55 s apart (the shortest span that makes a rate). */
    static void feed(Fleet fleet) throws InterruptedException {
        long web = 40;
        long jobs = 7;
        for (int i = 0; i < ROWS; i++) {
            Thread.sleep(550);
            web += 20 + Math.round(15 * Math.sin(i / 2.0)) + (i == 9 ? 30 : 0);
            jobs += i % 4 == 0 ? 6 : 1;
            fleet.function("alpha", Fleets.function("web", "web", web));
            fleet.function("beta", Fleets.function("worker-jobs", "worker", jobs));
        }
    }
}
