package dev.conductor.gui.host;

import dev.conductor.console.ssh.SshOptions;
import dev.conductor.gui.host.AddHostModel.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Adds a host: the user types its SSH destination, checks and trusts its key on the wizard's
 * own page, sees whether the agent is there and, if it is missing or older than this console,
 * installs it; Finish hands the destination to {@code onAdded}, and the caller saves the list.
 * SSH runs on a thread of the wizard's own, with its own transport, closed with the wizard.
 *
 * <p>Node ids: root {@code add-host-wizard}; {@code host-destination}, {@code host-connect},
 * {@code host-status}, {@code host-error}; key page {@code host-fingerprint}, {@code host-trust},
 * {@code host-reject}; agent page {@code host-agent}, {@code host-install},
 * {@code host-install-unavailable}, {@code host-progress}, {@code host-log}; {@code host-finish},
 * {@code host-cancel}.
 */
public final class AddHostWizard {

    private final AddHostModel model;
    private final HostSetup setup;
    private final Consumer<String> onAdded;
    private final VBox root;
    private Stage stage;
    private boolean closed;

    /**
     * @param options how to connect: known_hosts, keys, agent socket (its host key trust is replaced by the wizard's page)
     * @param agentJar the agent to install; when absent, or not a file, the install is offered disabled with the reason
     * @param consoleVersion this console's version: an agent older than it is offered an install
     * @param onAdded called on the FX thread with the destination when the user finishes
     */
    public AddHostWizard(SshOptions options, Optional<Path> agentJar, String consoleVersion, Consumer<String> onAdded) {
        Optional<Path> jar = agentJar.filter(Files::isRegularFile);
        this.model = new AddHostModel(consoleVersion, AgentText.installUnavailable(agentJar));
        this.setup = new HostSetup(options, jar, model, Platform::runLater);
        this.onAdded = onAdded;
        KeyPage keyPage = new KeyPage(model);
        AgentPage.showWhile(keyPage, model.step().isEqualTo(Step.CONFIRM_KEY));
        AgentPage agentPage = new AgentPage(model, this::install);
        AgentPage.showWhile(agentPage, model.agent().isNotEmpty());
        this.root = new VBox(12, new DestinationRow(model, this::connect), status(), error(), keyPage, agentPage, buttons());
        root.setId("add-host-wizard");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
    }

    /** The wizard's content, to put in a scene or dialog of the caller's. */
    public Parent root() {
        return root;
    }

    /** Shows the wizard in a window of its own, modal to {@code owner} (may be null); closing it closes the wizard. */
    public Stage show(Window owner) {
        stage = new Stage();
        stage.setTitle("Add host");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(root));
        stage.setOnHidden(event -> close());
        model.step().addListener((step, was, is) -> Platform.runLater(stage::sizeToScene)); // pages come and go
        stage.show();
        return stage;
    }

    /** Answers a pending key question no and ends the wizard's SSH work and connection. */
    public void close() {
        if (closed) {
            return; // hiding the stage calls here again
        }
        closed = true;
        model.cancel();
        setup.close();
        if (stage != null && stage.isShowing()) {
            stage.hide();
        }
    }

    AddHostModel model() {
        return model;
    }

    private Label status() {
        Label status = new Label();
        status.setId("host-status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> StepText.of(model.step().get(), model.target()), model.step()));
        return status;
    }

    private Label error() {
        Label error = new Label();
        error.setId("host-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.error());
        AgentPage.showWhile(error, model.error().isNotEmpty());
        return error;
    }

    private HBox buttons() {
        Button cancel = new Button("Cancel");
        cancel.setId("host-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close());
        Button finish = new Button("Finish");
        finish.setId("host-finish");
        finish.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canFinish(), model.step()));
        finish.setOnAction(event -> finish());
        HBox row = new HBox(8, cancel, finish);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private void connect() {
        model.connect().ifPresent(setup::connect);
    }

    private void install() {
        if (model.install()) {
            setup.install();
        }
    }

    private void finish() {
        if (model.canFinish()) {
            String destination = model.target().orElseThrow().toString();
            close();
            onAdded.accept(destination);
        }
    }
}
