package dev.conductor.gui.action;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.gui.FxCalls;
import dev.conductor.gui.Notifier;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Lists a service's revisions ({@code service.history}), newest first, to pick one to roll
 * back to. The serving revision is shown but cannot be picked.
 */
final class RollbackPicker {

    private static final ButtonType ROLL_BACK = new ButtonType("Roll back", ButtonBar.ButtonData.OK_DONE);
    private final FxCalls calls;
    private final Window owner;
    private final Notifier notifier;

    RollbackPicker(FxCalls calls, Window owner, Notifier notifier) {
        this.calls = calls;
        this.owner = owner;
        this.notifier = notifier;
    }

    /** Opens the picker without waiting; {@code chosen} gets the picked revision's number. */
    void open(ServiceRef service, IntConsumer chosen) {
        ListView<Revision> revisions = new ListView<>();
        revisions.setId("rollback-revisions");
        revisions.setCellFactory(list -> new RevisionCell());
        revisions.setPrefSize(520, 240);
        Label status = new Label("Loading the history…");
        status.setId("rollback-status");
        Dialog<Revision> dialog = dialog(service, new VBox(8, revisions, status));
        Node ok = dialog.getDialogPane().lookupButton(ROLL_BACK);
        ok.disableProperty().bind(revisions.getSelectionModel().selectedItemProperty()
                .map(Revision::serving).orElse(true));
        dialog.setResultConverter(button ->
                button == ROLL_BACK ? revisions.getSelectionModel().getSelectedItem() : null);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult().number());
            }
        });
        dialog.show();
        load(service, revisions, status);
    }

    private Dialog<Revision> dialog(ServiceRef service, Node content) {
        Dialog<Revision> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Roll back " + service);
        dialog.setHeaderText("Roll " + service.name() + " back to which revision?");
        dialog.getDialogPane().setId("rollback-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ROLL_BACK, ButtonType.CANCEL);
        dialog.setResizable(true);
        return dialog;
    }

    private void load(ServiceRef service, ListView<Revision> revisions, Label status) {
        calls.call(service.host(), MethodNames.SERVICE_HISTORY, new NameParams(service.name()))
                .whenComplete((history, failure) -> {
                    if (failure != null) {
                        status.setText("Could not load the history: " + FxCalls.reason(failure));
                        notifier.failure("Rollback " + service + ": no history", FxCalls.reason(failure));
                        return;
                    }
                    List<Revision> list = Revision.newestFirst(history);
                    revisions.getItems().setAll(list);
                    Revision.preselect(list).ifPresent(revisions.getSelectionModel()::select);
                    status.setText(list.size() < 2 ? "There is no other revision to roll back to."
                            : list.size() + " revisions, newest first");
                });
    }

    /** The serving revision is disabled, so that a click cannot pick it. */
    private static final class RevisionCell extends ListCell<Revision> {

        @Override
        protected void updateItem(Revision revision, boolean empty) {
            super.updateItem(revision, empty);
            boolean serving = !empty && revision != null && revision.serving();
            setText(empty || revision == null ? null : revision.label());
            setDisable(serving);
            getStyleClass().remove(Styles.TEXT_MUTED);
            if (serving) {
                getStyleClass().add(Styles.TEXT_MUTED);
            }
        }
    }
}
