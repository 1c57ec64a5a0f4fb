package dev.conductor.console.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The saved host list: one ssh destination or alias a line; blank lines and {@code #} comments skipped. */
public final class HostList {

    private HostList() {}

    public static Path standard() {
        return Path.of(System.getProperty("user.home"), ".config", "conductor", "hosts");
    }

    public static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the host list " + file, e);
        }
    }
}
