package dev.conductor.spec.load;

import java.nio.file.Path;

/**
 * Something odd that did not stop a service from loading: an unknown field, an ignored parent.
 *
 * @param file the file concerned
 * @param pointer JSON pointer inside the file, {@code ""} for the whole file
 * @param message what happened
 */
public record LoadWarning(Path file, String pointer, String message) {

    @Override
    public String toString() {
        return file + (pointer.isEmpty() ? "" : ":" + pointer) + ": " + message;
    }
}
