package dev.conductor.gui.action;

import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.gui.FxCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A main window with the notification area, and service actions on a fake link to host alpha. */
final class ActionsHarness {

    static final ServiceRef WEB = new ServiceRef("alpha", "web");
    final FakeLink link = new FakeLink();
    final List<String> questions = new ArrayList<>();
    final NotificationArea notifications = new NotificationArea();
    boolean confirms = true;
    ServiceActions actions;

    void start(Stage stage) {
        FxCalls calls = new FxCalls(host -> "alpha".equals(host) ? Optional.of(link) : Optional.empty(),
                Runnable::run, Platform::runLater);
        stage.setScene(new Scene(new StackPane(new Label("services"), notifications.node()), 900, 600));
        stage.show();
        actions = new ServiceActions(calls, stage, notifications, (action, question) -> {
            questions.add(question);
            return confirms;
        });
    }

    /** Closes the panels and dialogs a test left open, so that lookups in the next one find only its own. */
    static void closeOwnedWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() != null)
                .forEach(window -> ((Stage) window).close()));
    }

    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
