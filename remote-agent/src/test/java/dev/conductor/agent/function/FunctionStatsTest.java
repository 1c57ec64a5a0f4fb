package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counters and percentiles over the last 1,024 requests. */
class FunctionStatsTest {

    @Test
    void countsErrorsAndTakesPercentilesOfTheLatestRequests() {
        FunctionStats stats = new FunctionStats();
        assertThat(stats.snapshot(0, 0)).isEqualTo(new FunctionStats.Snapshot(0, 0, 0, 0, 0, 0));
        for (int i = 1; i <= 100; i++) {
            stats.record(i % 10 == 0 ? 502 : 200, i * 1_000_000L);
        }

        FunctionStats.Snapshot snapshot = stats.snapshot(3, 0);

        assertThat(snapshot.requests()).isEqualTo(100);
        assertThat(snapshot.errors()).isEqualTo(10);
        assertThat(snapshot.running()).isEqualTo(3);
        assertThat(snapshot.p50Millis()).isEqualTo(50.0);
        assertThat(snapshot.p95Millis()).isEqualTo(95.0);
        for (int i = 0; i < 2000; i++) {
            stats.record(200, 1_000_000L);
        }
        assertThat(stats.snapshot(0, 0).p95Millis()).isEqualTo(1.0);
    }
}
