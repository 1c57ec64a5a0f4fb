package dev.conductor.agent.fleet.bundle;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of a service bundle: its path inside the service directory, whether it is executable
 * (hooks and templates are programs), and its bytes. Nothing else of a file's mode travels: no
 * owner, no setuid, no symlink.
 *
 * @param path relative, '/'-separated, without '.', '..' or empty components
 */
public record BundleFile(String path, boolean executable, byte[] data) {

    private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_@+,=-][A-Za-z0-9_@+,=.-]*");
    static final int MAX_PATH = 256;

    public BundleFile {
        Objects.requireNonNull(data, "data");
        checkPath(path);
    }

    /** Where the file goes under {@code directory}: always inside it. */
    Path under(Path directory) {
        return directory.resolve(path);
    }

    static void checkPath(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH) {
            throw bad(path, "must be 1 to " + MAX_PATH + " characters");
        }
        for (String component : path.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches() || component.equals("..") || component.equals(".")) {
                throw bad(path, "each part must be a plain name ([A-Za-z0-9_@+,=.-], not '.' or '..'"
                        + " or starting with '.')");
            }
        }
    }

    private static ConductorException bad(String path, String why) {
        return new ConductorException(ErrorKind.BAD_REQUEST, "bundle file path '" + path + "' " + why);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BundleFile file && file.path.equals(path) && file.executable == executable
                && Arrays.equals(file.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, executable, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "BundleFile[" + path + (executable ? ", executable" : "") + ", " + data.length + " bytes]";
    }
}
