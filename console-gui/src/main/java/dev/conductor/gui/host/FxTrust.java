package dev.conductor.gui.host;

import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks the operator about unknown host keys in a dialog, for hosts that connect outside the
 * add-host wizard (at start-up). SSH calls it on an I/O thread during the key exchange: the
 * dialog opens on the FX thread and the SSH thread waits for the answer. One question at a time,
 * so that hosts connecting together do not stack dialogs.
 *
 * <p>Node ids: the dialog pane {@code host-key-dialog}, its buttons {@code host-key-trust} and
 * {@code host-key-reject}.
 */
public final class FxTrust implements HostKeyTrust {

    private static final ButtonType TRUST = new ButtonType("Trust", ButtonData.OK_DONE);
    private static final ButtonType REJECT_KEY = new ButtonType("Reject", ButtonData.CANCEL_CLOSE);

    private final Window owner;

    /** Dialogs without an owner window. */
    public FxTrust() {
        this(null);
    }

    /** @param owner the window the dialogs belong to; null for none */
    public FxTrust(Window owner) {
        this.owner = owner;
    }

    /** Refuses at once when called on the FX thread, which must stay free to show the dialog. */
    @Override
    public synchronized Decision decide(String host, int port, HostKey key) {
        if (Platform.isFxApplicationThread()) {
            return Decision.REJECT; // waiting here would freeze the very thread that shows the dialog
        }
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                show(new KeyQuestion(host, port, key), answer);
            } catch (RuntimeException e) {
                answer.complete(Decision.REJECT); // no dialog to answer: refuse rather than hang the connection
                throw e;
            }
        });
        return HostKeyTrust.await(answer);
    }

    private void show(KeyQuestion question, CompletableFuture<Decision> answer) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.heading() + "\n" + question.fingerprint()
                + "\nTrust this key and remember it in known_hosts?", TRUST, REJECT_KEY);
        alert.setTitle("Unknown host key");
        alert.setHeaderText("Unknown host key: " + question.host());
        alert.initOwner(owner);
        alert.getDialogPane().setId("host-key-dialog");
        Button trust = (Button) alert.getDialogPane().lookupButton(TRUST);
        Button reject = (Button) alert.getDialogPane().lookupButton(REJECT_KEY);
        trust.setId("host-key-trust");
        reject.setId("host-key-reject");
        trust.setDefaultButton(false); // Enter must not trust a key by accident
        reject.setDefaultButton(true);
        alert.setOnHidden(event -> answer.complete(alert.getResult() == TRUST ? Decision.ACCEPT : Decision.REJECT));
        alert.show();
    }
}
