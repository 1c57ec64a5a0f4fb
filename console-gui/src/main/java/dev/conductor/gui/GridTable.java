package dev.conductor.gui;

import dev.conductor.console.view.CellOrder;
import dev.conductor.console.view.Grid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A {@link Grid} in a {@link TableView}: columns from the grid's labels (rebuilt only when they
 * change), sortable by clicking a header with numbers ordered as numbers, and rows updated in
 * place so that live changes keep the operator's sort, scroll position and selection.
 */
public final class GridTable {

    private final TableView<Grid.Row> table = new TableView<>();
    private final ObservableList<Grid.Row> rows = FXCollections.observableArrayList();
    private final List<TableColumn<Grid.Row, ?>> extras = new ArrayList<>();
    private List<String> columns = List.of();

    public GridTable(String id, String placeholder) {
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<Grid.Row> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    public TableView<Grid.Row> table() {
        return table;
    }

    /** Adds a column of this console's own after the grid's, such as a drawing of a row's history. */
    public GridTable withColumn(TableColumn<Grid.Row, ?> extra) {
        extras.add(extra);
        table.getColumns().add(extra);
        return this;
    }

    /** Shows {@code grid}, keeping the selected row (by key) when it is still there. */
    public void show(Grid grid) {
        String selected = selectedKey();
        if (!grid.columns().equals(columns)) {
            columns = grid.columns();
            List<TableColumn<Grid.Row, ?>> all = new ArrayList<>(columns.stream().map(this::column).toList());
            all.addAll(extras);
            table.getColumns().setAll(all);
        }
        update(grid.rows());
        if (selected != null && !Objects.equals(selected, selectedKey())) {
            select(selected);
        }
    }

    /** The selected row's key, or null. */
    public String selectedKey() {
        Grid.Row row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.key();
    }

    public void select(String key) {
        table.getItems().stream().filter(row -> row.key().equals(key)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
    }

    private void update(List<Grid.Row> fresh) {
        for (int i = 0; i < fresh.size(); i++) {
            if (i >= rows.size()) {
                rows.addAll(fresh.subList(i, fresh.size()));
                return;
            }
            if (!rows.get(i).equals(fresh.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
        if (rows.size() > fresh.size()) {
            rows.remove(fresh.size(), rows.size());
        }
    }

    private TableColumn<Grid.Row, String> column(String label) {
        int index = columns.indexOf(label);
        TableColumn<Grid.Row, String> column = new TableColumn<>(label);
        column.setId(id(label));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                index < cell.getValue().cells().size() ? cell.getValue().cells().get(index) : ""));
        column.setComparator(CellOrder.INSTANCE);
        if (label.equals("STATE")) {
            column.setCellFactory(c -> new StateCell());
        }
        return column;
    }

    /** A state cell, coloured by what the state means, so that trouble stands out in a long table. */
    private static final class StateCell extends TableCell<Grid.Row, String> {
        @Override
        protected void updateItem(String state, boolean empty) {
            super.updateItem(state, empty);
            getStyleClass().removeAll(Arrays.stream(StateStyle.values()).map(StateStyle::styleClass).toList());
            setText(empty || state == null ? null : state);
            if (!empty && state != null) {
                getStyleClass().add(StateStyle.of(state).styleClass());
            }
        }
    }

    /** Column ids for tests and styling, e.g. {@code col-DOCKER_TAG}. */
    static String id(String label) {
        return "col-" + label.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
