package dev.conductor.console.view;

import java.util.List;

/**
 * A table's content as plain values: column labels and keyed rows.
 *
 * @param columns the column labels
 * @param rows the rows, each with as many cells as there are columns
 */
public record Grid(List<String> columns, List<Row> rows) {

    public Grid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param key what identifies the row across updates, e.g. {@code host/service}
     * @param cells the cell texts, in column order
     */
    public record Row(String key, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
