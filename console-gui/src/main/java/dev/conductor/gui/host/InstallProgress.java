package dev.conductor.gui.host;

import dev.conductor.console.bootstrap.InstallListener;
import dev.conductor.console.bootstrap.JavaVersion;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ProgressIndicator;

/**
 * An agent install as the wizard shows it: a progress fraction and a log of what happened.
 * Called on the FX thread ({@link FxInstallListener} brings the installer's calls there).
 */
public final class InstallProgress implements InstallListener {

    /** The upload is the part whose length is known; the rest of the bar waits for the install itself. */
    private static final double UPLOAD_SHARE = 0.8;

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<String> log = FXCollections.observableArrayList();

    /** 0 to 1, or {@link ProgressIndicator#INDETERMINATE_PROGRESS} while a step of unknown length runs. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** What the install did so far, a line a step. */
    public ObservableList<String> log() {
        return FXCollections.unmodifiableObservableList(log);
    }

    void start() {
        log.clear();
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
    }

    @Override
    public void javaChecked(JavaVersion java) {
        log.add("Java " + java.text() + " found");
        progress.set(0);
    }

    @Override
    public void uploaded(long sent, long total) {
        progress.set(total == 0 ? UPLOAD_SHARE : UPLOAD_SHARE * sent / total);
        if (sent == total) {
            log.add("Uploaded the agent (" + total / 1024 + " KiB)");
            progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        }
    }

    @Override
    public void installing(String line) {
        log.add(line);
    }

    @Override
    public void done() {
        log.add("Agent installed");
        progress.set(1);
    }

    void failed() {
        if (progress.get() < 0) {
            progress.set(0); // a spinning bar would suggest the install still runs
        }
    }
}
