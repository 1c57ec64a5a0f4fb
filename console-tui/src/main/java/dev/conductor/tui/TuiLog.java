package dev.conductor.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends the console's log (MINA SSHD's warnings, through slf4j-simple) to a file: on stderr it
 * would land in the middle of the full-screen drawing, also through {@code ssh -t}. The headless
 * {@code conductor-console} in the same jar keeps its warnings on stderr.
 */
final class TuiLog {

    static final String FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    private TuiLog() {
    }

    /** Points slf4j-simple at {@link #file()}, or nowhere when it cannot be made; must run before the first logger. */
    static void toFile() {
        if (System.getProperty(FILE_PROPERTY) != null) {
            return; // the operator chose with -D
        }
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            System.setProperty(FILE_PROPERTY, file.toString());
        } catch (IOException | SecurityException e) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
    }

    /** {@code $XDG_STATE_HOME/conductor/conductor-tui.log}, by default under {@code ~/.local/state}. */
    static Path file() {
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state == null || state.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "state") : Path.of(state);
        return base.resolve("conductor").resolve("conductor-tui.log");
    }
}
