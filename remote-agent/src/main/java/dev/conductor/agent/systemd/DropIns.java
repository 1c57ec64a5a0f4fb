package dev.conductor.agent.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The agent's per-instance drop-in, {@code BASE/UNIT.d/50-conductor.conf}: log fields and a
 * service's directives. Writes report whether anything changed, so that the caller runs
 * {@code daemon-reload} only when needed.
 */
public final class DropIns {

    /** Where runtime drop-ins live: gone after a reboot, when the agent writes them again. */
    public static final Path RUNTIME_UNITS = Path.of("/run/systemd/system");
    static final String FILE_NAME = "50-conductor.conf";

    private final Path base;

    public DropIns() {
        this(RUNTIME_UNITS);
    }

    public DropIns(Path base) {
        this.base = base;
    }

    /** The drop-in file of a unit, such as {@code /run/systemd/system/x@y.service.d/50-conductor.conf}. */
    public Path path(String unit) {
        if (unit.isEmpty() || unit.contains("/") || unit.startsWith(".")) {
            throw new IllegalArgumentException("not a unit name: '" + unit + "'");
        }
        return base.resolve(unit + ".d").resolve(FILE_NAME);
    }

    /**
     * Writes the drop-in with one directive per line, e.g. {@code [Service]} and
     * {@code LogExtraFields=CONDUCTOR_APP=web}.
     *
     * @return whether the file is new or its content changed
     * @throws IllegalArgumentException when a line contains a line break
     */
    public boolean write(String unit, List<String> lines) {
        return writeFile(path(unit), lines);
    }

    /**
     * Writes a whole unit file of the agent's own, {@code BASE/UNIT} (a function's socket and
     * service), readable by root only: it holds the service's config values.
     *
     * @return whether the file is new or its content changed
     */
    public boolean writeUnit(String unit, List<String> lines) {
        return writeFile(path(unit).getParent().resolveSibling(unit), lines);
    }

    /** Removes a unit file written by {@link #writeUnit}; whether there was one. */
    public boolean removeUnit(String unit) {
        Path file = path(unit).getParent().resolveSibling(unit);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SystemdException("cannot remove unit file " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean writeFile(Path file, List<String> lines) {
        String content = render(lines);
        try {
            if (Files.isRegularFile(file) && Files.readString(file).equals(content)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            replace(file, content);
            return true;
        } catch (IOException e) {
            throw new SystemdException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes beside the file and renames, so that a daemon-reload never reads half a file. */
    private static void replace(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + FILE_NAME, ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes the drop-in, and its directory when nothing else is in it.
     *
     * @return whether there was a drop-in to remove
     */
    public boolean remove(String unit) {
        Path file = path(unit);
        try {
            boolean removed = Files.deleteIfExists(file);
            removeIfEmpty(file.getParent());
            return removed;
        } catch (IOException e) {
            throw new SystemdException("cannot remove drop-in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void removeIfEmpty(Path directory) throws IOException {
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // other drop-ins of the unit (not ours) stay, and so does their directory
        }
    }

    private static String render(List<String> lines) {
        StringBuilder content = new StringBuilder("# written by conductor-agent\n");
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a drop-in directive must be one line, but got '"
                        + line.replace("\n", "\\n").replace("\r", "\\r") + "'");
            }
            content.append(line).append('\n');
        }
        return content.toString();
    }
}
