package dev.conductor.gui.host;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The wizard page that asks whether to trust the host's key, with its fingerprint to compare. */
final class KeyPage extends VBox {

    KeyPage(AddHostModel model) {
        super(8);
        setId("host-key-page");
        Label heading = new Label();
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> model.question().get() == null ? "" : model.question().get().heading(), model.question()));
        Label fingerprint = new Label();
        fingerprint.setId("host-fingerprint");
        fingerprint.getStyleClass().add("text-bold");
        fingerprint.textProperty().bind(Bindings.createStringBinding(
                () -> model.question().get() == null ? "" : model.question().get().fingerprint(), model.question()));
        Label ask = new Label("Compare it with 'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub' on the host."
                + " Trust this key and remember it in known_hosts?");
        ask.setWrapText(true);
        Button trust = button("host-trust", "Trust", model::trust);
        Button reject = button("host-reject", "Reject", model::reject);
        getChildren().addAll(heading, fingerprint, ask, new HBox(8, trust, reject));
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
