package dev.conductor.tui;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.FunctionsSource;
import dev.conductor.console.view.Grid;
import dev.conductor.console.view.RowSource;
import dev.conductor.console.view.ServicesSource;
import dev.conductor.console.view.Sparkline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds a sparkline of the last requests per second, in block characters, to the services and
 * functions tables: a service's is the sum of its functions'. Only the terminal draws it; the view
 * model's grid, which the filter and sort work on, stays without it. The functions' figures must
 * still fit 80 columns before HOST, so there the last few rates follow the REQ/S figure in its cell;
 * the services table has room for a column of its own.
 */
final class Trends {

    static final String COLUMN = "REQ/S 10S";
    /** Rates in the services' column: about the last 10 s of the agent's once-a-second rows. */
    static final int WIDTH = COLUMN.length();
    /** Rates after a function's REQ/S figure: the last 4 s. */
    static final int IN_CELL = 4;
    private static final String RATE = "REQ/S";

    private Trends() {
    }

    /** {@code grid} with the trends when {@code source} lists services or functions, else as it is. */
    static Grid added(RowSource source, Grid grid, Fleet fleet) {
        if (source instanceof FunctionsSource && grid.columns().contains(RATE)) {
            int column = grid.columns().indexOf(RATE);
            return new Grid(grid.columns(), rows(grid, row -> cells -> cells.set(column, cells.get(column) + " "
                    + Sparkline.blocks(FunctionsSource.rates(fleet, row.key()), IN_CELL))));
        }
        if (source instanceof ServicesSource) {
            List<String> columns = new ArrayList<>(grid.columns());
            columns.add(COLUMN);
            return new Grid(columns, rows(grid, row -> cells -> cells.add(
                    Sparkline.blocks(Sparkline.serviceRates(fleet, row.key()), WIDTH))));
        }
        return grid;
    }

    private static List<Grid.Row> rows(Grid grid, Function<Grid.Row, Consumer<List<String>>> change) {
        return grid.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>(row.cells());
            change.apply(row).accept(cells);
            return new Grid.Row(row.key(), cells);
        }).toList();
    }
}
