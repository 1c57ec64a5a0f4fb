package dev.conductor.gui.action;

import static dev.conductor.gui.action.ActionsHarness.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class ConfirmTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("services"), 600, 400));
        stage.show();
    }

    @Test
    void theAlertIsOwnedByTheMainWindowAndItsActionButtonConfirms(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();

        DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Deploy web on alpha?");
        assertThat(((Stage) pane.getScene().getWindow()).getOwner()).isSameAs(owner);
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Deploy")).queryButton());

        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancelDeclines(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();

        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Cancel")).queryButton());

        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
    }

    /** Asks from a later FX task, since the alert waits for its answer in a nested event loop. */
    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(Confirm.alert(owner).ask("Deploy", "Deploy web on alpha?")));
        settle();
        return answer;
    }
}
