package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.Fleets;
import org.junit.jupiter.api.Test;

/** The block-character sparklines of the services and functions tables, fed by function rows as they arrive. */
class TrendsTest {

    private final Fleet fleet = Fleets.twoHosts();
    private final VirtualConsole console = new VirtualConsole().show(new ConsoleWindow(fleet));

    @Test
    void servicesAndFunctionsHaveATrendOfTheirRequestsPerSecond() throws InterruptedException {
        // web's counter: 40 at the start, then 10 and 30 more requests, rows over half a second apart
        for (long requests : new long[] {50, 80}) {
            Thread.sleep(600);
            fleet.function("alpha", Fleets.function("web", "web", requests));
        }

        console.type("f");
        assertThat(console.lines().get(console.rowStarting("web "))).containsPattern("serving +1 +2 +49\\.\\d ▃█ +80 ");
        assertThat(console.lines().get(console.rowStarting("worker-jobs "))).containsPattern(" 0\\.0  +7 ");

        console.type("v");
        assertThat(console.lines().get(1)).endsWith(Trends.COLUMN);
        assertThat(console.lines().get(console.rowStarting("web "))).endsWith("▃█");
        assertThat(console.lines().get(console.rowStarting("worker "))).doesNotContain("▁");
    }

    @Test
    void hostsHaveNoTrend() {
        assertThat(console.text()).doesNotContain(Trends.COLUMN);
    }
}
