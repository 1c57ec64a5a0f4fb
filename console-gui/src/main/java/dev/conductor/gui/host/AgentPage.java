package dev.conductor.gui.host;

import dev.conductor.gui.host.AddHostModel.Step;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** The wizard page about the host's agent: what was found, and the install with its progress and log. */
final class AgentPage extends VBox {

    AgentPage(AddHostModel model, Runnable install) {
        super(8);
        setId("host-agent-page");
        Label agent = new Label();
        agent.setId("host-agent");
        agent.setWrapText(true);
        agent.textProperty().bind(model.agent());
        getChildren().addAll(agent, offer(model, install), installing(model));
    }

    /** The Install button, disabled with the reason when this console has no agent jar. */
    private static Node offer(AddHostModel model, Runnable install) {
        Button button = new Button("Install agent");
        button.setId("host-install");
        button.setOnAction(event -> install.run());
        button.setDisable(model.installUnavailable().isPresent());
        Label unavailable = new Label(model.installUnavailable().orElse(""));
        unavailable.setId("host-install-unavailable");
        unavailable.setWrapText(true);
        unavailable.setVisible(model.installUnavailable().isPresent());
        unavailable.setManaged(unavailable.isVisible());
        VBox offer = new VBox(8, button, unavailable);
        showWhile(offer, model.step().isEqualTo(Step.OFFER_INSTALL));
        return offer;
    }

    private static Node installing(AddHostModel model) {
        ProgressBar progress = new ProgressBar();
        progress.setId("host-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.installProgress().progress());
        ListView<String> log = new ListView<>(model.installProgress().log());
        log.setId("host-log");
        log.setPrefHeight(140);
        VBox installing = new VBox(8, progress, log);
        showWhile(installing, Bindings.isNotEmpty(model.installProgress().log()).or(model.step().isEqualTo(Step.INSTALLING)));
        return installing;
    }

    static void showWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
