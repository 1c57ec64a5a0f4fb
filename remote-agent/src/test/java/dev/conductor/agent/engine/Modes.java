package dev.conductor.agent.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** POSIX modes as {@code ls} shows them ({@code rw-------}), for assertions on what the agent wrote. */
public final class Modes {

    private Modes() {}

    public static String of(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mode of {@code root} (as "") and of everything below it, by relative path. */
    public static Map<String, String> below(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            Map<String, String> modes = new TreeMap<>();
            paths.forEach(path -> modes.put(root.relativize(path).toString(), of(path)));
            return modes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path set(Path path, String mode) {
        try {
            return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
