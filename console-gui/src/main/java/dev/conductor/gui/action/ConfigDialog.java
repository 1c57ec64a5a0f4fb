package dev.conductor.gui.action;

import dev.conductor.console.view.ServiceRef;
import dev.conductor.gui.FxCalls;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows a service's effective config ({@code service.config.get}, secrets masked, overrides
 * marked) and takes new values to set, with a choice to deploy them at once.
 */
final class ConfigDialog {

    private static final ButtonType SET = new ButtonType("Set", ButtonBar.ButtonData.OK_DONE);
    private final FxCalls calls;
    private final Window owner;
    private final ListView<String> current = new ListView<>();
    private final TextField assignments = new TextField();
    private final CheckBox deploy = new CheckBox("Deploy now (zero-downtime)");
    private final Label status = new Label("Loading the config…");

    ConfigDialog(FxCalls calls, Window owner) {
        this.calls = calls;
        this.owner = owner;
        current.setId("config-current");
        current.setPrefSize(520, 220);
        current.getStyleClass().add("mono");
        assignments.setId("config-assignments");
        assignments.setPromptText("KEY=value OTHER=\"with spaces\"");
        deploy.setId("config-deploy");
        deploy.setSelected(true);
        status.setId("config-status");
    }

    /** Opens without waiting; {@code chosen} gets the change when the operator presses Set. */
    void open(ServiceRef service, Consumer<ConfigChange> chosen) {
        Dialog<ConfigChange> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Config of " + service);
        dialog.setHeaderText("Set config variables of " + service.name() + " (saved as overrides on " + service.host() + ")");
        dialog.getDialogPane().setId("config-dialog");
        dialog.getDialogPane().setContent(new VBox(8, current, new Label("New values:"), assignments, deploy, status));
        dialog.getDialogPane().getButtonTypes().setAll(SET, ButtonType.CANCEL);
        Node set = dialog.getDialogPane().lookupButton(SET);
        set.disableProperty().bind(assignments.textProperty().map(text -> parse(text) == null));
        dialog.setResultConverter(button -> button == SET ? parse(assignments.getText()) : null);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult());
            }
        });
        dialog.show();
        assignments.requestFocus();
        load(service);
    }

    /** The change typed so far, or null with the reason in the status line. */
    private ConfigChange parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ConfigChange change = ConfigChange.parse(text, deploy.isSelected());
            status.setText("Sets " + String.join(", ", change.values().keySet()));
            return change;
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
    }

    private void load(ServiceRef service) {
        calls.call(service.host(), MethodNames.SERVICE_CONFIG_GET, new NameParams(service.name()))
                .whenComplete((config, failure) -> {
                    if (failure != null) {
                        status.setText("Could not load the config: " + FxCalls.reason(failure));
                        return;
                    }
                    List<String> lines = new ArrayList<>();
                    config.config().forEach((name, value) -> lines.add(name + "=" + value
                            + (config.overridden().contains(name) ? "   (override)" : "")));
                    current.getItems().setAll(lines);
                    if (assignments.getText().isBlank()) {
                        status.setText(lines.size() + " variables");
                    }
                });
    }
}
