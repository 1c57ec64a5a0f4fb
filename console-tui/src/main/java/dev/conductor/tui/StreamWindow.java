package dev.conductor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * A full-screen, scrollable, bounded list of lines fed by a stream: deploy progress, logs,
 * command output. Esc closes it and stops the stream; {@code f} turns following the end on or off.
 */
final class StreamWindow extends BasicWindow {

    private final TextBox lines = new TextBox(new TerminalSize(1, 1), TextBox.Style.MULTI_LINE);
    private final Label status = new Label("");
    private final int maxLines;
    private boolean follow = true;
    private boolean empty = true;
    private Runnable onClose = () -> { };

    StreamWindow(String title, int maxLines) {
        super(title);
        this.maxLines = maxLines;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        lines.setReadOnly(true);
        Panel panel = new Panel(new BorderLayout());
        panel.addComponent(new Label(title), BorderLayout.Location.TOP);
        panel.addComponent(lines, BorderLayout.Location.CENTER);
        panel.addComponent(status, BorderLayout.Location.BOTTOM);
        setComponent(panel);
        setFocusedInteractable(lines);
    }

    /** Runs when the operator closes the window, e.g. to cancel the stream. */
    void onClose(Runnable action) {
        onClose = action;
    }

    void append(String line) {
        if (empty) {
            lines.setText(line);
            empty = false;
        } else {
            lines.addLine(line);
        }
        while (lines.getLineCount() > maxLines) {
            lines.removeLine(0); // bounded: a log that runs for hours must not eat the heap
        }
        if (follow) {
            lines.setCaretPosition(lines.getLineCount() - 1, 0);
        }
    }

    void status(String text) {
        status.setText(text + "   Esc close  f follow " + (follow ? "on" : "off"));
    }

    String statusText() {
        return status.getText();
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            onClose.run();
            close();
            return true;
        }
        if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'f') {
            follow = !follow;
            status(status.getText().substring(0, Math.max(0, status.getText().indexOf("   Esc close"))));
            return true;
        }
        return super.handleInput(key);
    }
}
