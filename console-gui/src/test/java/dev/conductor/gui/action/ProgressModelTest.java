package dev.conductor.gui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.view.FakeLink;
import dev.conductor.gui.action.ProgressModel.Status;
import dev.conductor.gui.action.ProgressModel.Step;
import dev.conductor.protocol.Event;
import org.junit.jupiter.api.Test;

class ProgressModelTest {

    private final ProgressModel model = new ProgressModel("Deploy");

    @Test
    void aNewStepMarksThePreviousOneDone() {
        model.event(progress("start", "starting web-2", 0.1));
        model.event(progress("healthy", "web-2 healthy", 3.25));

        assertThat(model.steps()).containsExactly(
                new Step("start", "starting web-2", 0.1, Status.DONE),
                new Step("healthy", "web-2 healthy", 3.25, Status.RUNNING));
        assertThat(model.running()).isTrue();
        assertThat(model.result()).isEmpty();
    }

    @Test
    void theAnswerFinishesTheLastStepAndGivesTheResult() {
        model.event(progress("done", "revision 4 serving", 5));

        model.succeeded("Stable");

        assertThat(model.steps()).extracting(Step::status).containsExactly(Status.DONE);
        assertThat(model.result()).contains("Deploy finished: Stable");
        assertThat(model.running()).isFalse();
        assertThat(model.hasFailed()).isFalse();
    }

    @Test
    void aFailureMarksTheLastStepFailedWithTheEnginesReason() {
        model.event(progress("start", "starting web-2", 0.1));
        model.event(progress("healthy", "waiting for web-2", 0.2));

        model.failed("web-2 did not become healthy within 120 s");

        assertThat(model.steps()).extracting(Step::status).containsExactly(Status.DONE, Status.FAILED);
        assertThat(model.result()).contains("Deploy failed: web-2 did not become healthy within 120 s");
        assertThat(model.hasFailed()).isTrue();
    }

    @Test
    void aFailureBeforeAnyStepStillGivesTheReason() {
        model.failed("alpha is not connected");

        assertThat(model.steps()).isEmpty();
        assertThat(model.result()).contains("Deploy failed: alpha is not connected");
    }

    @Test
    void otherEventsAndEventsAfterTheAnswerAreIgnored() {
        model.event(new Event("1", "line", FakeLink.json("{\"message\":\"hello\"}")));
        model.succeeded("Stable");
        model.event(progress("late", "", 9));

        assertThat(model.steps()).isEmpty();
    }

    @Test
    void reportNotesFollowTheSteps() {
        model.event(progress("reload", "reading service files", 0.5));
        model.note("report", "ERROR api: api.yml:2:11 bad", true);

        assertThat(model.steps()).extracting(Step::status).containsExactly(Status.DONE, Status.FAILED);
        assertThat(model.steps().get(1).seconds()).isEqualTo(0.5);
    }

    private static Event progress(String step, String detail, double seconds) {
        return new Event("1", "progress", FakeLink.json(
                "{\"step\":\"" + step + "\",\"detail\":\"" + detail + "\",\"seconds\":" + seconds + "}"));
    }
}
