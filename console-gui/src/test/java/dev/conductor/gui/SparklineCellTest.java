package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SparklineCellTest {

    @Start
    void start(Stage stage) {
        // the cell needs the toolkit, not a window
    }

    @Test
    void theNewestRateIsAtTheRightAndTheHighestAtTheTop() {
        SparklineCell cell = new SparklineCell();
        cell.updateItem(List.of(0.0, 5.0, 10.0), false);

        List<Double> points = ((Polyline) cell.getGraphic()).getPoints();

        double step = SparklineCell.WIDTH / 59;
        assertThat(points).hasSize(6);
        assertThat(points.get(0)).isCloseTo(SparklineCell.WIDTH - 2 * step, within(1e-9));
        assertThat(points.get(4)).isCloseTo(SparklineCell.WIDTH, within(1e-9));
        assertThat(List.of(points.get(1), points.get(3), points.get(5)))
                .containsExactly(SparklineCell.HEIGHT, SparklineCell.HEIGHT / 2, 0.0);
    }

    @Test
    void allZeroIsAFlatLineAtTheBottomAndNoRatesDrawNothing() {
        assertThat(SparklineCell.points(List.of(0.0, 0.0), 10, 4)).containsExactly(10 - 10.0 / 59, 4.0, 10.0, 4.0);
        SparklineCell cell = new SparklineCell();
        cell.updateItem(List.of(), false);
        assertThat(cell.getGraphic()).isNull();
    }
}
