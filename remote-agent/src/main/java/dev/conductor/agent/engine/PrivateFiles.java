package dev.conductor.agent.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The agent's files that hold config values (which may be passwords) or what was rendered from
 * them: readable by root only, 0600, in directories it creates 0700. Writes go to a temporary
 * sibling that is synced and renamed over the target, so that a killed agent leaves either the old
 * or the new file, never half of one, and no reader ever sees it with looser modes.
 */
public final class PrivateFiles {

    /** What a private file may allow: read and write by its owner. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** What a private directory may allow: its owner only. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            createDirectories(file.getParent());
            Files.deleteIfExists(temp);
            Files.createFile(temp, attribute(FILE));
            Files.write(temp, content);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the directory and any missing parents 0700; existing ones keep their modes. */
    public static Path createDirectories(Path directory) throws IOException {
        return Files.createDirectories(directory, attribute(DIRECTORY));
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
