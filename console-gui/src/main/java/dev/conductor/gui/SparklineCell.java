package dev.conductor.gui;

import dev.conductor.console.fleet.RequestRate;
import dev.conductor.console.view.Grid;
import dev.conductor.console.view.Sparkline;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Polyline;

/**
 * A table cell that draws a function's or a service's last requests-per-second rates as a line, scaled to the
 * highest of them, so that a burst or a stall shows at a glance.
 */
final class SparklineCell extends TableCell<Grid.Row, List<Double>> {

    static final double WIDTH = 120;
    static final double HEIGHT = 16;
    private final Polyline line = new Polyline();

    SparklineCell() {
        line.getStyleClass().add("sparkline");
        setText(null);
    }

    @Override
    protected void updateItem(List<Double> rates, boolean empty) {
        super.updateItem(rates, empty);
        if (empty || rates == null || rates.isEmpty()) {
            setGraphic(null);
            return;
        }
        line.getPoints().setAll(points(rates, WIDTH, HEIGHT));
        setGraphic(line);
    }

    /**
     * The line's x, y pairs: the newest rate at the right edge, one step per rate of a full
     * {@link RequestRate#KEPT}, the highest at the top and 0 at the bottom.
     */
    static List<Double> points(List<Double> rates, double width, double height) {
        List<Double> scaled = Sparkline.scaled(rates);
        double step = width / (RequestRate.KEPT - 1);
        double start = width - step * (scaled.size() - 1);
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < scaled.size(); i++) {
            points.add(start + i * step);
            points.add(height - scaled.get(i) * height);
        }
        return points;
    }
}
