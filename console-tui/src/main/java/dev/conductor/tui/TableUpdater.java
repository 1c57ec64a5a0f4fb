package dev.conductor.tui;

import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableModel;
import dev.conductor.console.view.Grid;
import java.util.List;

/**
 * Shows a grid in a Lanterna table by changing only the cells and rows that differ, so live
 * updates neither flicker nor reset the scroll position; the model is replaced only when the
 * columns change.
 */
final class TableUpdater {

    private final Table<String> table;

    TableUpdater(Table<String> table) {
        this.table = table;
    }

    void show(Grid grid, int selected) {
        if (!table.getTableModel().getColumnLabels().equals(grid.columns())) {
            table.setTableModel(new TableModel<>(grid.columns().toArray(String[]::new)));
        }
        TableModel<String> model = table.getTableModel();
        List<Grid.Row> rows = grid.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (i < model.getRowCount()) {
                updateRow(model, i, rows.get(i).cells());
            } else {
                model.addRow(rows.get(i).cells());
            }
        }
        while (model.getRowCount() > rows.size()) {
            model.removeRow(model.getRowCount() - 1);
        }
        if (!rows.isEmpty() && table.getSelectedRow() != selected) {
            table.setSelectedRow(selected);
        }
    }

    private static void updateRow(TableModel<String> model, int row, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            if (!cells.get(column).equals(model.getCell(column, row))) {
                model.setCell(column, row, cells.get(column));
            }
        }
    }
}
