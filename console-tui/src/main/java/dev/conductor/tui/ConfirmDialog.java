package dev.conductor.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A yes/no question that does not block the GUI thread: the answer completes {@link #answer()}.
 * The "no" button has the focus and Esc answers no, so a stray key never confirms.
 */
final class ConfirmDialog extends BasicWindow {

    private final CompletableFuture<Boolean> answer = new CompletableFuture<>();

    ConfirmDialog(String title, String text, String yes, String no) {
        super(title);
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label(text));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(yes, () -> decide(true)));
        Button refuse = new Button(no, () -> decide(false));
        buttons.addComponent(refuse);
        panel.addComponent(buttons);
        setComponent(panel);
        setFocusedInteractable(refuse);
    }

    CompletableFuture<Boolean> answer() {
        return answer;
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            decide(false);
            return true;
        }
        return super.handleInput(key);
    }

    private void decide(boolean decision) {
        answer.complete(decision);
        close();
    }
}
