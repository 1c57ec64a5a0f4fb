package dev.conductor.gui.stream;

import dev.conductor.console.view.Matches;
import dev.conductor.console.view.Matches.Span;
import dev.conductor.console.view.StreamLine;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A line of a {@link LineList}: wrapped or not, in the stderr style when it came from stderr, and
 * with each occurrence of the search needle marked, not the whole line.
 */
final class LineCell extends ListCell<StreamLine> {

    /** The style class of a matched piece of text, a {@link Text} in the cell's graphic. */
    static final String MATCH = "match";
    /** The style class of a cell whose line came from stderr. */
    static final String STDERR = "stderr";

    private final ObservableBooleanValue wrap;
    private final ObservableStringValue needle;

    LineCell(ObservableBooleanValue wrap, ObservableStringValue needle) {
        this.wrap = wrap;
        this.needle = needle;
    }

    @Override
    protected void updateItem(StreamLine line, boolean empty) {
        super.updateItem(line, empty);
        setWrapText(wrap.get());
        // no preferred width lets the list size a wrapped cell to the viewport instead of the whole line
        setPrefWidth(wrap.get() ? 0 : USE_COMPUTED_SIZE);
        getStyleClass().remove(STDERR);
        if (empty || line == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (line.stderr()) {
            getStyleClass().add(STDERR);
        }
        List<Span> spans = Matches.spans(line.text(), needle.get());
        setText(spans.isEmpty() ? line.text() : null);
        setGraphic(spans.isEmpty() ? null : flow(line.text(), spans));
    }

    private TextFlow flow(String text, List<Span> spans) {
        TextFlow flow = MatchedLine.flow(text, spans, getFont(), textFillProperty());
        if (wrap.get()) {
            flow.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset()));
        }
        return flow;
    }

    @Override
    protected double computePrefHeight(double width) {
        double row = super.computePrefHeight(width);
        if (!isWrapText() || getItem() == null || width <= 0) {
            return row;
        }
        // the theme gives every row one fixed height (-fx-cell-size); a wrapped line needs all of its rows
        Text text = new Text(getItem().text());
        text.setFont(getFont());
        text.setWrappingWidth(width - snappedLeftInset() - snappedRightInset());
        return Math.max(row, text.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset());
    }
}
