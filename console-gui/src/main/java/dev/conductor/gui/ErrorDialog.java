package dev.conductor.gui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * Shows errors that nothing else caught in a dialog, so that a bug in one view leaves a
 * message and a working window rather than a dead one.
 */
public final class ErrorDialog implements Thread.UncaughtExceptionHandler {

    /** Handles uncaught errors of every thread, the FX thread included. */
    public static void install() {
        ErrorDialog handler = new ErrorDialog();
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(handler));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        error.printStackTrace();
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    static void show(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Unexpected error");
        alert.setHeaderText(error.getClass().getSimpleName() + ": " + error.getMessage());
        alert.setContentText("The console goes on; the action that failed did not finish. Details:");
        TextArea trace = new TextArea(stackTrace(error));
        trace.setEditable(false);
        trace.setId("error-trace");
        alert.getDialogPane().setExpandableContent(trace);
        alert.show(); // not showAndWait: this may run inside an animation or layout pass
    }

    static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
