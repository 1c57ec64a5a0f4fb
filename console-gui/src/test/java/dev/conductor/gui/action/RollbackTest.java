package dev.conductor.gui.action;

import static dev.conductor.gui.action.ActionsHarness.WEB;
import static dev.conductor.gui.action.ActionsHarness.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.console.view.FakeLink;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class RollbackTest {

    private final ActionsHarness harness = new ActionsHarness();

    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @BeforeEach
    void openPicker(FxRobot robot) {
        robot.interact(() -> harness.actions.rollback(WEB));
        harness.link.answer("service.history", RevisionTest.historyJson(3, 1, 2, 3));
        settle();
    }

    @AfterEach
    void close(FxRobot robot) {
        ActionsHarness.closeOwnedWindows(robot);
    }

    @Test
    void listsTheRevisionsNewestFirstWithTheServingOneMarked(FxRobot robot) {
        assertThat(harness.link.params.get("service.history")).isEqualTo(FakeLink.json("{\"name\":\"web\"}"));
        assertThat(revisions(robot).getItems()).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(revisions(robot).getItems().get(0).label()).endsWith("(serving)");
        assertThat(revisions(robot).getSelectionModel().getSelectedItem().number()).isEqualTo(2);
        assertThat(robot.lookup("#rollback-status").queryAs(Label.class).getText())
                .isEqualTo("3 revisions, newest first");
    }

    @Test
    void theServingRevisionCannotBePicked(FxRobot robot) {
        robot.interact(() -> revisions(robot).getSelectionModel().select(0));

        assertThat(rollBack(robot).isDisabled()).isTrue();
    }

    @Test
    void pickingConfirmsThenRollsBackToThatRevision(FxRobot robot) {
        robot.interact(() -> revisions(robot).getSelectionModel().select(2));
        robot.clickOn(rollBack(robot));
        settle();

        assertThat(robot.lookup("#rollback-dialog").queryAll()).isEmpty();
        assertThat(harness.questions).containsExactly("Roll web on alpha back to revision 1?");
        assertThat(harness.link.params.get("service.rollback").path("by").asText()).endsWith(" via conductor-gui");
        assertThat(((ObjectNode) harness.link.params.get("service.rollback")).deepCopy()
                .<JsonNode>without("by")).isEqualTo(FakeLink.json("{\"name\":\"web\",\"to\":1}"));

        harness.link.answer("service.rollback", "{\"state\":\"Stable\"}");
        settle();
        assertThat(robot.lookup("#progress-result").queryAs(Label.class).getText())
                .isEqualTo("Rollback finished: Stable");
        assertThat(harness.notifications.messages()).containsExactly("Rollback web on alpha finished: Stable");
    }

    @Test
    void cancellingSendsNothing(FxRobot robot) {
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Cancel")).queryButton());
        settle();

        assertThat(harness.questions).isEmpty();
        assertThat(harness.link.requests).containsExactly("service.history");
    }

    @SuppressWarnings("unchecked")
    private static ListView<Revision> revisions(FxRobot robot) {
        return robot.lookup("#rollback-revisions").queryAs(ListView.class);
    }

    private static Button rollBack(FxRobot robot) {
        return robot.lookup(".button").match(LabeledMatchers.hasText("Roll back")).queryButton();
    }
}
