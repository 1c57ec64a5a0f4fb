package dev.conductor.console.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /**
     * Appends {@code destination} as a line unless the list has it already, creating the file and
     * its directory.
     *
     * @return whether it was added
     */
    public static synchronized boolean add(Path file, String destination) {
        String entry = destination.strip();
        if (entry.isEmpty() || read(file).contains(entry)) {
            return false;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, (endsOpen(file) ? "\n" : "") + entry + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add " + entry + " to the host list " + file, e);
        }
    }

    /** Removes every line that is {@code destination}, keeping comments and the other hosts; false if it was not there. */
    public static synchronized boolean remove(Path file, String destination) {
        String entry = destination.strip();
        if (!read(file).contains(entry)) {
            return false;
        }
        try {
            List<String> kept = Files.readAllLines(file).stream().filter(line -> !line.strip().equals(entry)).toList();
            Files.write(file, kept);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + entry + " from the host list " + file, e);
        }
    }

    /** Whether the file's last line lacks its newline (edited by hand): the new entry must not join it. */
    private static boolean endsOpen(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return false;
        }
        String content = Files.readString(file);
        return !content.endsWith("\n");
    }
}
