package dev.conductor.agent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThrottledJournalTest {

    private final List<String> lines = new ArrayList<>();
    private long now = 1_000;
    private final ThrottledJournal journal = new ThrottledJournal(lines::add, () -> now);

    @Test
    void aFloodIsCutAtTheLimitAndTheCountToldWithTheNextLine() {
        for (int i = 0; i < 500; i++) {
            journal.accept("refused " + i);
        }
        assertThat(lines).hasSize(ThrottledJournal.LINES).endsWith("refused 19");

        now += TimeUnit.SECONDS.toNanos(ThrottledJournal.WINDOW_SECONDS);
        journal.accept("refused again");

        assertThat(lines).hasSize(ThrottledJournal.LINES + 2).endsWith(
                "auth: 480 more refusals were not logged (at most 20 lines per 10 s)", "refused again");
    }

    @Test
    void aQuietRateIsLoggedWhole() {
        for (int i = 0; i < 100; i++) {
            journal.accept("refused " + i);
            now += TimeUnit.SECONDS.toNanos(1);
        }
        assertThat(lines).hasSize(100).noneMatch(line -> line.contains("not logged"));
    }
}
