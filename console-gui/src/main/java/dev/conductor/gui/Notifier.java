package dev.conductor.gui;

/** Leaves a short message for the operator that outlives the dialog or panel that caused it. Called on the FX thread. */
public interface Notifier {

    void info(String message);

    void success(String message);

    /** A failure, with the engine's or the link's reason. */
    void failure(String message, String reason);
}
