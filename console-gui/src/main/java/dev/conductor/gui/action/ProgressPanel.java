package dev.conductor.gui.action;

import atlantafx.base.theme.Styles;
import dev.conductor.protocol.Event;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A non-modal window that follows a deploy, rollback or reload step by step and shows its
 * outcome. Closing it early does not stop the action: the notifier still reports the end.
 */
public final class ProgressPanel {

    private final ProgressModel model;
    private final Stage stage = new Stage();
    private final ListView<ProgressModel.Step> steps = new ListView<>();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label result = new Label("Running…");

    /**
     * @param owner the main window, which the panel stays above
     * @param title e.g. {@code Deploy web on alpha}
     * @param model the action's steps; the panel shows it after each change it makes
     */
    public ProgressPanel(Window owner, String title, ProgressModel model) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        stage.setScene(new Scene(layout(), 560, 380));
    }

    public void show() {
        stage.show();
    }

    /** Adds a progress event. */
    public void event(Event event) {
        model.event(event);
        refresh();
    }

    /** Adds the lines of a reload report ({@code ServiceText.reload}); its {@code ERROR} lines show as failed. */
    public void notes(List<String> lines) {
        lines.forEach(line -> model.note("report", line, line.startsWith("ERROR ")));
        refresh();
    }

    public void succeeded(String summary) {
        model.succeeded(summary);
        refresh();
    }

    public void failed(String reason) {
        model.failed(reason);
        refresh();
    }

    public Stage stage() {
        return stage;
    }

    private VBox layout() {
        steps.setId("progress-steps");
        steps.setCellFactory(list -> new StepCell());
        steps.setFocusTraversable(false);
        steps.setPrefHeight(240);
        VBox.setVgrow(steps, Priority.ALWAYS);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(Styles.SMALL);
        bar.setMinHeight(Region.USE_PREF_SIZE); // the list gives up height first when the window is small
        result.setId("progress-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        Button close = new Button("Close");
        close.setId("progress-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, steps, bar, result, buttons);
        root.setId("progress-panel");
        root.setPadding(new Insets(12));
        return root;
    }

    private void refresh() {
        steps.getItems().setAll(model.steps());
        steps.scrollTo(steps.getItems().size() - 1);
        model.result().ifPresent(text -> {
            bar.setProgress(1);
            // AtlantaFX colours a progress bar through this looked-up colour, not through style classes
            bar.setStyle("-color-progress-bar-fill: "
                    + (model.hasFailed() ? "-color-danger-emphasis;" : "-color-success-emphasis;"));
            result.setText(text);
            result.getStyleClass().add(model.hasFailed() ? Styles.DANGER : Styles.SUCCESS);
        });
    }

    /** A step as an icon coloured by its status, the step's name, its time and detail. */
    private static final class StepCell extends ListCell<ProgressModel.Step> {

        @Override
        protected void updateItem(ProgressModel.Step step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label icon = new Label(icon(step.status()));
            icon.getStyleClass().add(style(step.status()));
            icon.setMinWidth(18);
            Label name = new Label(step.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(90);
            setGraphic(new HBox(4, icon, name));
            setText(String.format("%s  (%.2f s)", step.detail(), step.seconds()));
        }

        private static String icon(ProgressModel.Status status) {
            return switch (status) {
                case RUNNING -> "●";
                case DONE -> "✔";
                case FAILED -> "✖";
            };
        }

        private static String style(ProgressModel.Status status) {
            return switch (status) {
                case RUNNING -> Styles.ACCENT;
                case DONE -> Styles.SUCCESS;
                case FAILED -> Styles.DANGER;
            };
        }
    }
}
