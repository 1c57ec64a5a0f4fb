package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.Fleets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class FleetRefresherTest {

    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private int refreshed;
    private final FleetRefresher refresher = new FleetRefresher(fxQueue::add, () -> refreshed++);

    @Test
    void aBurstOfChangesQueuesOneRefresh() {
        Fleet fleet = Fleets.twoHosts();
        fleet.addListener(refresher);
        for (int i = 0; i < 100; i++) {
            fleet.service("alpha", Fleets.service("svc-" + i, "Stable", Map.of()));
        }
        assertThat(fxQueue).hasSize(1);
        fxQueue.poll().run();
        assertThat(refreshed).isEqualTo(1);
        assertThat(refresher.refreshes()).isEqualTo(1);
    }

    @Test
    void aChangeDuringARefreshQueuesTheNextOne() {
        Fleet fleet = Fleets.twoHosts();
        fleet.addListener(refresher);
        fleet.service("alpha", Fleets.service("one", "Stable", Map.of()));
        Runnable first = fxQueue.poll();
        first.run();
        fleet.service("alpha", Fleets.service("two", "Stable", Map.of()));
        assertThat(fxQueue).hasSize(1);
    }
}
