package dev.conductor.agent.install;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * File changes that report whether anything changed, so that a second install can say "nothing
 * changed". Writes go to a temporary sibling and are renamed into place, so that a reader (systemd,
 * a running launcher) never sees half a file.
 */
final class AtomicFiles {

    static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private AtomicFiles() {}

    // Writes content unless the file already holds it with these permissions.
    static boolean write(Path target, byte[] content, Set<PosixFilePermission> permissions) {
        if (read(target).filter(old -> Arrays.equals(old, content)).isPresent() && hasPermissions(target, permissions)) {
            return false;
        }
        return replace(target, permissions, temp -> Files.write(temp, content));
    }

    // Copies source unless target already has the same bytes and permissions.
    static boolean copy(Path source, Path target, Set<PosixFilePermission> permissions) {
        try {
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1 && hasPermissions(target, permissions)) {
                return false;
            }
        } catch (IOException e) {
            throw new InstallException("cannot compare " + source + " with " + target + ": " + e.getMessage(), e);
        }
        return replace(target, permissions, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new InstallException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // Creates the directory and its parents; true when it did not exist.
    static boolean mkdirs(Path directory) {
        if (Files.isDirectory(directory)) {
            return false;
        }
        try {
            Files.createDirectories(directory);
            return true;
        } catch (IOException e) {
            throw new InstallException("cannot create directory " + directory + ": " + e.getMessage(), e);
        }
    }

    // Deletes a file, a symlink or a whole tree, never following links; true when it existed.
    static boolean delete(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            throw new InstallException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InstallException("cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private interface Filler {
        void fill(Path temp) throws IOException;
    }

    private static boolean replace(Path target, Set<PosixFilePermission> permissions, Filler filler) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".conductor-tmp");
        try {
            Files.createDirectories(target.getParent());
            filler.fill(temp);
            Files.setPosixFilePermissions(temp, permissions);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InstallException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the write already failed; that error is the one to report
        }
    }

    private static boolean hasPermissions(Path file, Set<PosixFilePermission> permissions) {
        try {
            return Files.getPosixFilePermissions(file).equals(permissions);
        } catch (IOException e) {
            return false;
        }
    }
}
