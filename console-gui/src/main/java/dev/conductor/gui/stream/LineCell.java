package dev.conductor.gui.stream;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/** A line of a {@link LineList}: wrapped or not, and marked when it contains the search needle. */
final class LineCell extends ListCell<String> {

    static final String MATCH = "match";

    private final ObservableBooleanValue wrap;
    private final ObservableStringValue needle;

    LineCell(ObservableBooleanValue wrap, ObservableStringValue needle) {
        this.wrap = wrap;
        this.needle = needle;
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty ? null : line);
        setWrapText(wrap.get());
        // no preferred width lets the list size a wrapped cell to the viewport instead of the whole line
        setPrefWidth(wrap.get() ? 0 : USE_COMPUTED_SIZE);
        getStyleClass().remove(MATCH);
        if (!empty && line != null && Matches.contains(line, needle.get())) {
            getStyleClass().add(MATCH);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        double row = super.computePrefHeight(width);
        if (!isWrapText() || getText() == null || width <= 0) {
            return row;
        }
        // the theme gives every row one fixed height (-fx-cell-size); a wrapped line needs all of its rows
        Text text = new Text(getText());
        text.setFont(getFont());
        text.setWrappingWidth(width - snappedLeftInset() - snappedRightInset());
        return Math.max(row, text.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset());
    }
}
