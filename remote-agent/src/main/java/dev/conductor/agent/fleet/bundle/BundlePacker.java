package dev.conductor.agent.fleet.bundle;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a service directory into a {@link ServiceBundle}: every regular file, with its executable
 * bit. Names starting with '.' (a {@code .git}, an editor's swap file) are left out; a symlink or
 * a device is refused, since the same path would mean another file on another host.
 */
public final class BundlePacker {

    private BundlePacker() {}

    public static ServiceBundle pack(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "'" + directory + "' is not a directory");
        }
        Path root = directory.toAbsolutePath().normalize();
        List<BundleFile> files = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.filter(p -> !p.equals(root)).filter(p -> !hidden(root, p))::iterator) {
                if (Files.isSymbolicLink(path)) {
                    throw refused(path, "is a symlink");
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw refused(path, "is not a regular file");
                }
                bytes += Files.size(path);
                if (bytes > ServiceBundle.MAX_BYTES || files.size() >= ServiceBundle.MAX_FILES) {
                    throw refused(directory, "holds more than " + ServiceBundle.MAX_FILES + " files or "
                            + ServiceBundle.MAX_BYTES + " bytes");
                }
                files.add(new BundleFile(root.relativize(path).toString(), Files.isExecutable(path),
                        Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot read '" + directory + "': " + e.getMessage(), e);
        }
        return new ServiceBundle(root.getFileName().toString(), files);
    }

    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static ConductorException refused(Path path, String why) {
        return new ConductorException(ErrorKind.BAD_REQUEST, "'" + path + "' " + why + ": a service directory"
                + " pushed to the fleet holds regular files only");
    }
}
