package dev.conductor.gui.action;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks the operator before an action changes a host; tests answer it without a dialog. */
@FunctionalInterface
public interface Confirm {

    /**
     * @param action the action, e.g. {@code Deploy}: the dialog's title and its OK button
     * @param question e.g. {@code Deploy web on alpha?}
     * @return whether the operator confirmed
     */
    boolean ask(String action, String question);

    /** A confirmation alert owned by {@code owner}, waiting for the answer; only its OK button confirms. */
    static Confirm alert(Window owner) {
        return (action, question) -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
            alert.initOwner(owner);
            alert.setTitle(action);
            alert.setHeaderText(question);
            alert.getDialogPane().setId("confirm-dialog");
            ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(action);
            return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        };
    }
}
