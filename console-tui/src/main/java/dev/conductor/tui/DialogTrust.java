package dev.conductor.tui;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the operator about unknown host keys in a dialog. SSH calls it on an I/O thread during the
 * key exchange: the dialog opens on the GUI thread and this thread waits for the answer. One
 * question at a time, so that hosts connecting together do not stack dialogs.
 */
public final class DialogTrust implements HostKeyTrust {

    private final WindowBasedTextGUI gui;

    public DialogTrust(WindowBasedTextGUI gui) {
        this.gui = gui;
    }

    @Override
    public synchronized Decision decide(String host, int port, HostKey key) {
        if (Thread.currentThread() == gui.getGUIThread().getThread()) {
            return Decision.REJECT; // waiting here would freeze the very thread that shows the dialog
        }
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        gui.getGUIThread().invokeLater(() -> {
            ConfirmDialog dialog = new ConfirmDialog("Unknown host key", "The authenticity of host '" + host
                    + "' (port " + port + ") can't be established.\n" + key
                    + "\nTrust this key and remember it in known_hosts?", "Trust", "Reject");
            dialog.answer().thenAccept(yes -> answer.complete(yes ? Decision.ACCEPT : Decision.REJECT));
            gui.addWindow(dialog);
        });
        return HostKeyTrust.await(answer);
    }
}
