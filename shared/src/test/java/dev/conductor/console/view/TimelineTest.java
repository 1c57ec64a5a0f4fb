package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.RevisionInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final HistoryResult HISTORY = new HistoryResult(List.of(
            new RevisionInfo(1, "2025-01-02T10:00:00Z", "deploy", Map.of(), "a", "cli", "", "succeeded"),
            new RevisionInfo(2, "2025-01-02T11:00:00Z", "reload: service file changed", Map.of(), "b", "watch", "",
                    "failed"),
            new RevisionInfo(3, "2025-01-02T14:00:00Z", "rollback to 1", Map.of(), "a", "console",
                    "ann@lap via conductor-tui", "succeeded")), 3);

    @Test
    void eachRevisionHasItsTriggerOutcomeAndKind() {
        Timeline timeline = Timeline.of(HISTORY);

        assertThat(timeline.entries()).extracting(Timeline.Entry::trigger)
                .containsExactly("cli", "watch", "console (ann@lap via conductor-tui)");
        assertThat(timeline.entries()).extracting(Timeline.Entry::outcome).containsExactly(Timeline.Outcome.SUCCEEDED,
                Timeline.Outcome.FAILED, Timeline.Outcome.SUCCEEDED);
        assertThat(timeline.entries()).extracting(Timeline.Entry::rollback).containsExactly(false, false, true);
        assertThat(timeline.entries()).extracting(Timeline.Entry::serving).containsExactly(false, false, true);
    }

    @Test
    void revisionsArePlacedByTime() {
        Timeline timeline = Timeline.of(HISTORY);

        assertThat(timeline.entries()).extracting(timeline::position).containsExactly(0.0, 0.25, 1.0);
    }

    @Test
    void revisionsWithoutTimesAreSpacedEvenly() {
        Timeline timeline = Timeline.of(new HistoryResult(List.of(new RevisionInfo(1, "?", "deploy", Map.of(), "a"),
                new RevisionInfo(2, "?", "deploy", Map.of(), "a"), new RevisionInfo(3, "?", "deploy", Map.of(), "a")), 2));

        assertThat(timeline.entries()).extracting(timeline::position).containsExactly(0.0, 0.5, 1.0);
    }

    @Test
    void anOlderAgentsRevisionsHaveAnUnknownTriggerAndTheServingOneSucceeded() {
        Timeline timeline = Timeline.of(new HistoryResult(List.of(
                new RevisionInfo(1, "2025-01-02T10:00:00Z", "deploy", Map.of(), "a"),
                new RevisionInfo(2, "2025-01-02T11:00:00Z", "deploy", Map.of(), "b")), 2));

        assertThat(timeline.entries()).extracting(Timeline.Entry::trigger).containsOnly("unknown");
        assertThat(timeline.entries()).extracting(Timeline.Entry::outcome)
                .containsExactly(Timeline.Outcome.UNKNOWN, Timeline.Outcome.SUCCEEDED);
    }

    @Test
    void theListShowsTimeRevisionOutcomeKindAndTriggerNewestFirstTheServingOneStarred() {
        assertThat(Timeline.of(HISTORY).lines()).containsExactly(
                "TIME (UTC)        REV  OUTCOME   KIND     TRIGGER",
                "2025-01-02 14:00  3*   succeeded rollback console (ann@lap via conductor-tui)",
                "2025-01-02 11:00  2    failed    deploy   watch",
                "2025-01-02 10:00  1    succeeded deploy   cli");
        assertThat(Timeline.of(new HistoryResult(List.of(), 0)).lines()).containsExactly("(no revisions yet)");
    }
}
