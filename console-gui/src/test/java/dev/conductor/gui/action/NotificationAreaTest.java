package dev.conductor.gui.action;

import static dev.conductor.gui.action.ActionsHarness.settle;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NotificationAreaTest {

    private final NotificationArea area = new NotificationArea(Duration.millis(200));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("content"), area.node()), 900, 600));
        stage.show();
    }

    @Test
    void successHidesItselfWhileAFailureStays(FxRobot robot) throws InterruptedException {
        robot.interact(() -> {
            area.success("Deploy web on alpha finished: Stable");
            area.failure("Stop api on alpha failed", "unit not found");
        });
        assertThat(toasts(robot)).extracting(Notification::getMessage).containsExactly(
                "Deploy web on alpha finished: Stable", "Stop api on alpha failed: unit not found");

        Thread.sleep(600);
        settle();

        assertThat(toasts(robot)).singleElement().satisfies(toast -> {
            assertThat(toast.getMessage()).isEqualTo("Stop api on alpha failed: unit not found");
            assertThat(toast.getStyleClass()).contains(Styles.DANGER);
        });
        assertThat(area.messages()).hasSize(2);
    }

    @Test
    void aFailureStaysUntilClosed(FxRobot robot) {
        robot.interact(() -> area.failure("Reload alpha failed", "alpha is not connected"));

        robot.clickOn(".notification .close-button");
        settle();

        assertThat(toasts(robot)).isEmpty();
    }

    @Test
    void showsAtMostFiveTheNewest(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 1; i <= 7; i++) {
                area.failure("Deploy " + i + " failed", "no");
            }
        });

        assertThat(toasts(robot)).extracting(Notification::getMessage).first().isEqualTo("Deploy 3 failed: no");
        assertThat(toasts(robot)).hasSize(5);
        assertThat(area.messages()).hasSize(7);
    }

    private static List<Notification> toasts(FxRobot robot) {
        return robot.lookup("#notification").queryAllAs(Notification.class).stream().toList();
    }
}
