package dev.conductor.gui;

import dev.conductor.console.view.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableColumn;

/**
 * A column of sparklines fed by live rates. Each row's rates sit in a property of their own, so a
 * new rate redraws its cell even when the row's cells did not change: a service's trend moves with
 * its functions' rows, which are not in the services table.
 */
final class SparklineColumn {

    private final Map<String, ObjectProperty<List<Double>>> rates = new HashMap<>();
    private final TableColumn<Grid.Row, List<Double>> column;

    SparklineColumn(String id, String title) {
        column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setMinWidth(SparklineCell.WIDTH + 10);
        column.setCellValueFactory(cell -> property(cell.getValue().key()));
        column.setCellFactory(c -> new SparklineCell());
    }

    TableColumn<Grid.Row, List<Double>> column() {
        return column;
    }

    /** Sets the rates of {@code grid}'s rows from {@code source} (by row key) and forgets the rows gone. */
    void update(Grid grid, Function<String, List<Double>> source) {
        Set<String> keys = grid.rows().stream().map(Grid.Row::key).collect(Collectors.toSet());
        rates.keySet().retainAll(keys);
        for (String key : keys) {
            List<Double> now = source.apply(key);
            ObjectProperty<List<Double>> shown = property(key);
            if (!now.equals(shown.get())) {
                shown.set(now);
            }
        }
    }

    private ObjectProperty<List<Double>> property(String key) {
        return rates.computeIfAbsent(key, k -> new SimpleObjectProperty<>(List.of()));
    }
}
