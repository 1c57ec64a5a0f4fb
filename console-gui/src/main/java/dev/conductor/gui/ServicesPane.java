package dev.conductor.gui;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.Grid;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The services table with its filter field and a sparkline per service; tells the window which row is selected. */
final class ServicesPane {

    private final GridTable table = new GridTable("services-table", "No services yet: add a host, or wait for it to connect");
    private final TextField filter = new TextField();
    private final SparklineColumn trends = new SparklineColumn("col-SERVICE_REQ_S_TREND", "REQ/S, LAST MINUTE");
    private final Function<String, List<Double>> rates;
    private final VBox root;
    private boolean selectedOnce;

    /** @param rates a service row's requests per second (its functions' summed), by its key, oldest first */
    ServicesPane(Consumer<String> selected, Consumer<String> filtered, Function<String, List<Double>> rates) {
        this.rates = rates;
        table.withColumn(trends.column());
        filter.setId("services-filter");
        filter.setPromptText("Filter services (any column)…");
        filter.textProperty().addListener((o, old, text) -> filtered.accept(text));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label title = new Label("Services");
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(12, title, filter);
        header.setAlignment(Pos.CENTER_LEFT);
        table.table().getSelectionModel().selectedItemProperty().addListener((o, old, row) ->
                selected.accept(row == null ? null : row.key()));
        root = new VBox(8, header, table.table());
        root.setPadding(new Insets(10));
        VBox.setVgrow(table.table(), Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    /** Shows the rows; the first time there are any, the first is selected, so its details show at once. */
    void show(Grid grid) {
        table.show(grid);
        trends.update(grid, rates);
        if (!grid.rows().isEmpty() && !selectedOnce) {
            selectedOnce = true;
            table.table().getSelectionModel().selectFirst();
        }
    }

    /** The selected row as shown, or null: its cells tell whether the service changed since it was loaded. */
    Grid.Row selectedRow() {
        return table.table().getSelectionModel().getSelectedItem();
    }

    TableView<Grid.Row> table() {
        return table.table();
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
