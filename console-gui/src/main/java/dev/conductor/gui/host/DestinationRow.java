package dev.conductor.gui.host;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The wizard's first row: the SSH destination and Connect, usable until a connection starts and again after a failure. */
final class DestinationRow extends HBox {

    DestinationRow(AddHostModel model, Runnable connect) {
        super(8);
        TextField destination = new TextField();
        destination.setId("host-destination");
        destination.setPromptText("user@host[:port] or a ~/.ssh/config alias");
        destination.textProperty().bindBidirectional(model.destination());
        destination.editableProperty().bind(Bindings.createBooleanBinding(model::canConnect, model.step()));
        destination.setOnAction(event -> {
            event.consume(); // Enter here connects; the scene's default button must not connect a second time
            connect.run();
        });
        HBox.setHgrow(destination, Priority.ALWAYS);
        Button button = new Button("Connect");
        button.setId("host-connect");
        button.setDefaultButton(true);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canConnect(), model.step()));
        button.setOnAction(event -> connect.run());
        getChildren().addAll(new Label("SSH destination"), destination, button);
        setAlignment(Pos.BASELINE_LEFT);
    }
}
