package dev.conductor.gui;

import dev.conductor.console.view.Timeline;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * A service's deploys as a horizontal timeline: a mark per revision placed by time, a circle for a
 * deploy and a diamond for a rollback, coloured by outcome (CSS {@code timeline-succeeded},
 * {@code -failed}, {@code -deploying}, {@code -unknown}), the serving one ringed; its number above,
 * what triggered it below, all of it in the mark's tooltip. Redrawn when resized.
 */
final class TimelinePane {

    static final double HEIGHT = 84;
    static final double MARGIN = 48;
    private static final double AXIS = 38;
    private static final double RADIUS = 7;
    static final double GAP = 64;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final Pane pane = new Pane();
    private Timeline timeline = new Timeline(List.of());

    TimelinePane() {
        pane.setId("timeline");
        pane.getStyleClass().add("timeline");
        pane.setMinHeight(HEIGHT);
        pane.setPrefHeight(HEIGHT);
        pane.widthProperty().addListener((o, old, width) -> draw());
    }

    Node node() {
        return pane;
    }

    void show(Timeline shown) {
        timeline = shown;
        draw();
    }

    /** The x of a position from 0 (first revision) to 1 (last) on a pane {@code width} wide. */
    static double x(double position, double width) {
        return MARGIN + position * Math.max(0, width - 2 * MARGIN);
    }

    /**
     * The marks' x, left to right, moved apart to at least {@link #GAP} so that revisions made minutes
     * apart do not hide each other's labels, and kept between the margins while there is room.
     */
    static List<Double> spread(List<Double> xs, double width) {
        double[] at = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double right = Math.max(MARGIN, width - MARGIN);
        for (int i = at.length - 1; i >= 0; i--) { // pull back from the right edge, keeping the gaps
            at[i] = Math.min(at[i], i == at.length - 1 ? right : at[i + 1] - GAP);
        }
        for (int i = 0; i < at.length; i++) { // then from the left: too many for the width run over the right
            at[i] = Math.max(at[i], i == 0 ? MARGIN : at[i - 1] + GAP);
        }
        return Arrays.stream(at).boxed().toList();
    }

    private void draw() {
        pane.getChildren().clear();
        double width = pane.getWidth();
        Line axis = new Line(MARGIN / 2, AXIS, Math.max(MARGIN, width - MARGIN / 2), AXIS);
        axis.getStyleClass().add("timeline-axis");
        pane.getChildren().add(axis);
        List<Timeline.Entry> entries = timeline.entries();
        List<Double> xs = spread(entries.stream().map(entry -> x(timeline.position(entry), width)).toList(), width);
        for (int i = 0; i < entries.size(); i++) {
            Timeline.Entry entry = entries.get(i);
            double x = xs.get(i);
            pane.getChildren().addAll(mark(entry, x), label("r" + entry.revision(), x, AXIS - 14),
                    label(shortTrigger(entry.trigger()), x, AXIS + 26));
        }
    }

    private static Shape mark(Timeline.Entry entry, double x) {
        Shape mark = entry.rollback()
                ? new Polygon(x, AXIS - RADIUS - 1, x + RADIUS + 1, AXIS, x, AXIS + RADIUS + 1, x - RADIUS - 1, AXIS)
                : new Circle(x, AXIS, RADIUS);
        mark.setId("timeline-r" + entry.revision());
        mark.getStyleClass().addAll("timeline-mark", "timeline-" + entry.outcome().word());
        if (entry.serving()) {
            mark.getStyleClass().add("timeline-serving");
        }
        Tooltip.install(mark, new Tooltip("revision " + entry.revision() + (entry.rollback() ? " (rollback)" : "")
                + "\n" + (entry.at() == null ? "time unknown" : TIME.format(entry.at()) + " UTC")
                + "\ntriggered by " + entry.trigger() + "\n" + entry.outcome().word()
                + (entry.serving() ? ", serving" : "")));
        return mark;
    }

    private static Text label(String text, double x, double y) {
        Text label = new Text(text);
        label.getStyleClass().add("timeline-label");
        label.setX(x - label.getLayoutBounds().getWidth() / 2);
        label.setY(y);
        return label;
    }

    /** {@code console (ann@lap via conductor-gui)} is {@code console} under the mark; the tooltip has it whole. */
    private static String shortTrigger(String trigger) {
        int open = trigger.indexOf(" (");
        return open < 0 ? trigger : trigger.substring(0, open);
    }
}
