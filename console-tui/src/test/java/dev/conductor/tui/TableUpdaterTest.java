package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableModel;
import dev.conductor.console.view.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableUpdaterTest {

    private final Table<String> table = new Table<>("");
    private final TableUpdater updater = new TableUpdater(table);

    @Test
    void updatesCellsInPlaceWhenTheColumnsStayTheSame() {
        updater.show(grid(List.of("A", "B"), row("a", "1"), row("b", "2")), 1);
        TableModel<String> model = table.getTableModel();
        updater.show(grid(List.of("A", "B"), row("a", "1"), row("b", "3"), row("c", "4")), 1);
        assertThat(table.getTableModel()).isSameAs(model);
        assertThat(model.getRows()).containsExactly(List.of("a", "1"), List.of("b", "3"), List.of("c", "4"));
        assertThat(table.getSelectedRow()).isEqualTo(1);
        updater.show(grid(List.of("A", "B"), row("a", "1")), 0);
        assertThat(model.getRowCount()).isEqualTo(1);
    }

    @Test
    void replacesTheModelWhenTheColumnsChange() {
        updater.show(grid(List.of("A"), row("a")), 0);
        TableModel<String> model = table.getTableModel();
        updater.show(grid(List.of("A", "URL"), row("a", "https://a")), 0);
        assertThat(table.getTableModel()).isNotSameAs(model);
        assertThat(table.getTableModel().getColumnLabels()).containsExactly("A", "URL");
    }

    private static Grid grid(List<String> columns, Grid.Row... rows) {
        return new Grid(columns, List.of(rows));
    }

    private static Grid.Row row(String... cells) {
        return new Grid.Row(cells[0], List.of(cells));
    }
}
