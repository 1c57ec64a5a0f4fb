package dev.conductor.gui.action;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.conductor.gui.Notifier;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Toasts in the top-right corner of the main window, over its content: info and success
 * dismiss themselves, failures stay until closed, so that a failed deploy is not missed.
 */
public final class NotificationArea implements Notifier {

    private static final int MAX_SHOWN = 5;
    private static final double WIDTH = 380;
    private final VBox box = new VBox(8);
    private final Duration autoHide;
    private final List<String> messages = new ArrayList<>();

    /** Info and success toasts hide after 6 seconds. */
    public NotificationArea() {
        this(Duration.seconds(6));
    }

    public NotificationArea(Duration autoHide) {
        this.autoHide = autoHide;
        box.setId("notification-area");
        box.setPadding(new Insets(12));
        box.setAlignment(Pos.TOP_RIGHT);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setPickOnBounds(false); // clicks between the toasts reach the content below
        StackPane.setAlignment(box, Pos.TOP_RIGHT);
    }

    /** The node to lay over the main window's content in a {@code StackPane}. */
    public Node node() {
        return box;
    }

    @Override
    public void info(String message) {
        show(message, Styles.ACCENT, true);
    }

    @Override
    public void success(String message) {
        show(message, Styles.SUCCESS, true);
    }

    @Override
    public void failure(String message, String reason) {
        show(message + ": " + reason, Styles.DANGER, false);
    }

    /** Every text shown so far, oldest first, including the dismissed ones. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    private void show(String text, String style, boolean hides) {
        messages.add(text);
        Notification toast = new Notification(text);
        toast.setId("notification");
        toast.getStyleClass().addAll(style, Styles.ELEVATED_2);
        toast.setPrefWidth(WIDTH);
        toast.setMaxWidth(WIDTH);
        toast.setOnClose(e -> box.getChildren().remove(toast));
        box.getChildren().add(toast);
        if (box.getChildren().size() > MAX_SHOWN) {
            box.getChildren().remove(0);
        }
        if (hides) {
            PauseTransition pause = new PauseTransition(autoHide);
            pause.setOnFinished(e -> box.getChildren().remove(toast));
            pause.play();
        }
    }
}
