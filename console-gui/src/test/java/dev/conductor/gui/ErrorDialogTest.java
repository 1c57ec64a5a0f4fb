package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new Label("console"), 300, 200));
        stage.show();
    }

    @Test
    void anUncaughtErrorOnTheFxThreadShowsADialogAndTheWindowLivesOn(FxRobot robot) {
        ErrorDialog handler = new ErrorDialog();
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(),
                new IllegalStateException("table row 'web' has no host")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("IllegalStateException: table row 'web' has no host");
        assertThat(((TextArea) pane.getExpandableContent()).getText()).contains("ErrorDialogTest");
        assertThat(main.isShowing()).isTrue();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void anErrorOnAnotherThreadIsShownOnTheFxThread(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> new ErrorDialog().uncaughtException(Thread.currentThread(),
                new IllegalArgumentException("boom")));
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).hasSizeGreaterThan(1);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("IllegalArgumentException: boom");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
