package dev.conductor.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.TextBox;
import dev.conductor.console.view.StreamLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only, multi-line text box that scrolls to where it is told, for the stream windows; its
 * stderr rows and the matches of {@link #mark(String)} are drawn in their own colours.
 */
final class ScrollingText {

    private static final int DEFAULT_WIDTH = 79;
    private final TextBox box = new TextBox(new TerminalSize(1, 1), TextBox.Style.MULTI_LINE);
    // one flag per row of the box, so that the renderer knows which rows came from stderr
    private final List<Boolean> stderr = new ArrayList<>();
    private String needle = "";
    private boolean empty = true;

    ScrollingText() {
        box.setReadOnly(true);
        box.setRenderer(new MarkedRows(row -> row < stderr.size() && stderr.get(row), () -> needle));
    }

    TextBox component() {
        return box;
    }

    void add(List<StreamLine> rows) {
        for (StreamLine row : rows) {
            if (empty) {
                box.setText(row.text());
                stderr.clear();
                empty = false;
            } else {
                box.addLine(row.text());
            }
            stderr.add(row.stderr());
        }
    }

    void removeFirst(int rows) {
        for (int row = rows; row > 0 && box.getLineCount() > 1; row--) {
            box.removeLine(0);
            stderr.remove(0);
        }
    }

    void replace(List<StreamLine> rows) {
        box.setText(String.join("\n", rows.stream().map(StreamLine::text).toList()));
        stderr.clear();
        rows.forEach(row -> stderr.add(row.stderr()));
        empty = rows.isEmpty();
    }

    /** Marks every match of {@code text} in the rows; empty marks none. */
    void mark(String text) {
        needle = text;
        box.invalidate();
    }

    List<String> rows() {
        return box.getText().lines().toList();
    }

    int lastRow() {
        return box.getLineCount() - 1;
    }

    int cursorRow() {
        return box.getCaretPosition().getRow();
    }

    /** Moves the caret, and the view with it: a read-only text box does not scroll to its caret itself. */
    void scrollTo(int row) {
        int target = Math.max(0, Math.min(row, lastRow()));
        box.setCaretPosition(target, 0);
        int height = box.getSize() == null ? 0 : box.getSize().getRows();
        if (height > 0 && box.getRenderer() instanceof TextBox.DefaultTextBoxRenderer renderer) {
            renderer.setViewTopLeft(new TerminalPosition(0, Math.max(0, Math.min(target, box.getLineCount() - height))));
        }
    }

    /** The width for wrapped rows, less the scroll bar; before the first layout, an 80-column guess. */
    int width() {
        int columns = box.getSize() == null ? 0 : box.getSize().getColumns() - 1;
        return columns > 1 ? columns : DEFAULT_WIDTH;
    }
}
