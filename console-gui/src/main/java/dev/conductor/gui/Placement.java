package dev.conductor.gui;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Puts the window where it was last time, and reads where it is now. */
final class Placement {

    private Placement() {}

    static void apply(Stage stage, MainView view, WindowState state) {
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (!Double.isNaN(state.x()) && !Double.isNaN(state.y())) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setMaximized(state.maximized());
        // the divider only after the first layout: laid out at zero size, the split pane would move it
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> view.split().setDividerPositions(state.split()));
    }

    static WindowState capture(Stage stage, MainView view, WindowState state) {
        double split = view.split().getDividerPositions().length > 0 ? view.split().getDividerPositions()[0] : state.split();
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                state.dark(), split);
    }
}
