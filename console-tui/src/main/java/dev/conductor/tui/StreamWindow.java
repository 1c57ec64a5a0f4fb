package dev.conductor.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.StreamLine;
import java.util.List;

/**
 * A full-screen, scrollable, bounded list of lines fed by a stream: deploy progress, logs,
 * command output. Esc closes it and stops the stream; {@code x} stops a command and leaves it open;
 * {@code f} follows the end, {@code w} wraps, {@code t} hides timestamps (logs only), {@code /}
 * searches and {@code n} finds the next match.
 */
final class StreamWindow extends BasicWindow {

    private final ScrollingText lines = new ScrollingText();
    private final Label status = new Label("");
    private final LineView view;
    private final StreamSearch search = new StreamSearch();
    private String statusText = "";
    private boolean follow = true;
    private boolean timed;
    private int wrappedWidth;
    private Runnable onClose = () -> { };
    private boolean stoppable;
    private Runnable stop; // while a stoppable stream runs

    StreamWindow(String title, int maxLines) {
        super(title);
        this.view = new LineView(maxLines);
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        Panel panel = new Panel(new BorderLayout());
        panel.addComponent(new Label(title), BorderLayout.Location.TOP);
        panel.addComponent(lines.component(), BorderLayout.Location.CENTER);
        panel.addComponent(status, BorderLayout.Location.BOTTOM);
        setComponent(panel);
        setFocusedInteractable(lines.component());
    }

    /** Runs when the operator closes the window, e.g. to cancel the stream; and on {@code x} if stoppable. */
    void onClose(Runnable action) {
        onClose = action;
        if (stoppable) {
            stop = action;
            showStatus();
        }
    }

    /** {@code x} stops the stream while it runs, as for a command; others stop only when closed. */
    void stoppable() {
        stoppable = true;
    }

    /** The stream has ended: nothing is left to stop. */
    void ended() {
        stop = null;
        showStatus();
    }

    /** Lines start with a timestamp, which {@code t} can hide. */
    void timed() {
        timed = true;
        showStatus();
    }

    void append(String line) {
        append(StreamLine.out(line));
    }

    void append(StreamLine line) {
        if (view.wrap() && lines.width() != wrappedWidth) {
            rerender(() -> { }); // the terminal was resized since the rows were wrapped
        }
        lines.add(view.add(line, lines.width()));
        lines.removeFirst(view.evict()); // bounded: a log that runs for hours must not eat the heap
        if (follow) {
            lines.scrollTo(lines.lastRow());
        }
    }

    /** Scrolls back to the first line, for views read from the top. */
    void top() {
        lines.scrollTo(0);
    }

    void status(String text) {
        statusText = text;
        search.found("");
        showStatus();
    }

    String statusText() {
        return status.getText();
    }

    /** The shown row the cursor is on, e.g. after a search. */
    int cursorRow() {
        return lines.cursorRow();
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (search.active()) {
            search.key(key).ifPresent(this::find);
            showStatus();
            return true;
        }
        if (key.getKeyType() == KeyType.Escape) {
            onClose.run();
            close();
            return true;
        }
        return key.getKeyType() == KeyType.Character && character(key.getCharacter()) || super.handleInput(key);
    }

    private boolean character(char c) {
        switch (c) {
            case 'f' -> follow = !follow;
            case 'w' -> rerender(view::toggleWrap);
            case 't' -> rerender(timed ? view::toggleTimestamps : () -> { });
            case '/' -> search.begin();
            case 'n' -> find(search.needle());
            case 'x' -> stop();
            default -> {
                return false;
            }
        }
        showStatus();
        return true;
    }

    private void stop() {
        if (stop != null) {
            stop.run();
            stop = null;
            status("stopping");
        }
    }

    /** The last search's result replaces the status until the stream says something new. */
    private void showStatus() {
        String text = search.result().isEmpty() ? statusText : search.result();
        status.setText(search.active() ? search.prompt() : text + "   Esc close" + (stop == null ? "" : "  x stop")
                + "  f follow " + onOff(follow)
                + "  w wrap " + onOff(view.wrap()) + (timed ? "  t time " + onOff(view.timestamps()) : "")
                + "  / n find");
    }

    /** Jumps to the next row containing {@code needle}, marking its matches; following stops so they stay in view. */
    private void find(String needle) {
        lines.mark(needle);
        if (needle.isEmpty()) {
            return;
        }
        int row = LineView.nextMatch(lines.rows(), needle, lines.cursorRow());
        search.found(row < 0 ? "no match for " + needle : "match at line " + (row + 1));
        if (row >= 0) {
            follow = false;
            lines.scrollTo(row);
        }
    }

    private void rerender(Runnable toggle) {
        toggle.run();
        wrappedWidth = lines.width();
        lines.replace(view.renderAll(wrappedWidth));
        lines.scrollTo(follow ? lines.lastRow() : 0);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
