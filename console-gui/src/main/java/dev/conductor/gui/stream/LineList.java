package dev.conductor.gui.stream;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.StreamLine;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A virtualised list of a stream's lines: a {@link ListView} whose items mirror a
 * {@link LogBuffer}, in monospace. Lines added during one FX task reach the list as one change,
 * so that a burst of thousands of lines costs one layout, not thousands.
 */
final class LineList {

    private static final String STYLE = Styles.toDataURI("""
            .line-list .list-cell { -fx-font-family: monospace; -fx-padding: 1px 6px; -fx-cell-size: 1.7em; }
            .line-list .list-cell .match { -fx-fill: -color-accent-fg; }
            .line-list .list-cell.stderr { -fx-text-fill: -color-danger-fg; }
            """);

    private final LogBuffer buffer;
    private final ListView<StreamLine> view = new ListView<>();
    private final List<StreamLine> pending = new ArrayList<>();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty wrap = new SimpleBooleanProperty();
    private final StringProperty highlight = new SimpleStringProperty("");
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper();

    LineList(String id, int limit) {
        buffer = new LogBuffer(limit);
        view.setId(id);
        view.getStyleClass().add("line-list");
        view.getStylesheets().add(STYLE);
        view.setCellFactory(list -> new LineCell(wrap, highlight));
        wrap.addListener(changed -> view.refresh());
        highlight.addListener(changed -> view.refresh());
        follow.addListener((property, was, now) -> scrollToEnd());
    }

    ListView<StreamLine> view() {
        return view;
    }

    LogBuffer buffer() {
        return buffer;
    }

    BooleanProperty follow() {
        return follow;
    }

    BooleanProperty wrap() {
        return wrap;
    }

    StringProperty highlight() {
        return highlight;
    }

    // dropped lines included, so that a paused view at the limit still shows lines arriving
    ReadOnlyLongProperty received() {
        return received.getReadOnlyProperty();
    }

    /** Adds a line of stdout or of a one-stream stream; null adds nothing. */
    void add(String line) {
        if (line != null) {
            add(StreamLine.out(line));
        }
    }

    void add(StreamLine line) {
        if (pending.isEmpty()) {
            Platform.runLater(this::flush);
        }
        pending.add(line);
    }

    // also called directly, so that the lines are shown before the stream's end is
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        int top = follow.get() ? 0 : firstVisible();
        LogBuffer.Change change = buffer.append(pending);
        received.set(received.get() + pending.size());
        pending.clear();
        view.getItems().remove(0, change.removed());
        view.getItems().addAll(change.added());
        if (follow.get()) {
            scrollToEnd();
        } else if (change.removed() > 0) {
            view.scrollTo(Math.max(0, top - change.removed())); // the rows above moved up; keep the reader's line
        }
    }

    void clear() {
        pending.clear();
        buffer.clear();
        view.getItems().clear();
        received.set(0);
    }

    void select(int row) {
        view.getSelectionModel().clearAndSelect(row);
        view.scrollTo(row);
    }

    private void scrollToEnd() {
        if (follow.get() && !view.getItems().isEmpty()) {
            view.scrollTo(view.getItems().size() - 1);
        }
    }

    private int firstVisible() {
        view.layout(); // the cells are stale until the next pulse, e.g. after the last batch's scroll
        return view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                ? flow.getFirstVisibleCell().getIndex() : 0;
    }
}
