package dev.conductor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServiceText;
import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.RevisionInfo;
import java.util.List;

/** Lists a service's revisions ({@code service.history}), newest first, to pick one to roll back to. */
final class RollbackPicker extends BasicWindow {

    private final Actions actions;
    private final ServiceRef service;
    private final ActionListBox revisions = new ActionListBox(new TerminalSize(70, 10));
    private final Label status = new Label("loading history...");

    RollbackPicker(Actions actions, ServiceRef service) {
        super("Roll back " + service + " to");
        this.actions = actions;
        this.service = service;
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(revisions);
        panel.addComponent(status);
        setComponent(panel);
    }

    void open() {
        actions.gui().addWindow(this);
        actions.call(service.host(), MethodNames.SERVICE_HISTORY, Actions.params(service), this::show,
                failure -> status.setText("FAILED: " + failure + "   Esc close"));
    }

    private void show(HistoryResult history) {
        List<RevisionInfo> all = history.revisions();
        for (int i = all.size() - 1; i >= 0; i--) {
            RevisionInfo revision = all.get(i);
            revisions.addItem(ServiceText.revision(revision, history.serving()), () -> choose(revision.number()));
        }
        status.setText(revisions.getItemCount() == 0 ? "no revisions   Esc close" : "Enter picks   Esc close");
        setFocusedInteractable(revisions);
    }

    private void choose(int revision) {
        close();
        actions.rollback(service, revision);
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            close();
            return true;
        }
        return super.handleInput(key);
    }
}
