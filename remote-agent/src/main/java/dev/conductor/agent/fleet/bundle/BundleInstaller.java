package dev.conductor.agent.fleet.bundle;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Puts a fleet service where the engine finds it, {@code /run/conductor/services/NAME}, as a symlink
 * to an unchanging copy of one version, {@code /run/conductor/fleet/versions/NAME/DIGEST}. A new
 * version is written whole, then the link is replaced in one rename: the watch mode never sees a
 * half-written directory, nor a moment without the service (which would stop it). The version
 * before stays, for a rollback; older ones go.
 */
public final class BundleInstaller {

    public static final Path VERSIONS = Path.of("/run/conductor/fleet/versions");
    public static final Path SERVICES = Path.of("/run/conductor/services");

    private final Path versions;
    private final Path services;

    public BundleInstaller(Path versions, Path services) {
        this.versions = versions;
        this.services = services;
    }

    public static BundleInstaller standard() {
        return new BundleInstaller(VERSIONS, SERVICES);
    }

    /** Installs {@code bundle} (a no-op when it is the version in place) and returns its digest. */
    public String install(ServiceBundle bundle) {
        String digest = bundle.digest();
        Path link = services.resolve(bundle.service());
        if (Files.exists(link) && !Files.isSymbolicLink(link)) {
            throw new ConductorException(ErrorKind.FAILED, "'" + link + "' is not a fleet service: it is a directory"
                    + " of this host's own; remove it or rename the pushed service");
        }
        try {
            Path version = versions.resolve(bundle.service()).resolve(digest);
            if (!Files.isDirectory(version)) {
                write(bundle, version);
            }
            Files.createDirectories(services);
            String replaced = Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).getFileName().toString() : null;
            Path staged = versions.resolve(bundle.service()).resolve(".link");
            Files.deleteIfExists(staged);
            Files.createSymbolicLink(staged, version);
            Files.move(staged, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (!digest.equals(replaced)) {
                prune(bundle.service(), digest, replaced);
            }
            return digest;
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot install fleet service '" + bundle.service() + "': "
                    + e.getMessage(), e);
        }
    }

    /** Removes the fleet service {@code service}, its link then its versions; false when it was not here. */
    public boolean remove(String service) {
        Path link = services.resolve(service);
        boolean present = Files.isSymbolicLink(link);
        try {
            if (present) {
                Files.delete(link);
            }
            deleteTree(versions.resolve(service));
            return present;
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot remove fleet service '" + service + "': "
                    + e.getMessage(), e);
        }
    }

    /** The fleet services installed here, by name, with the digest of the version in place. */
    public Map<String, String> installed() {
        Map<String, String> found = new TreeMap<>();
        if (!Files.isDirectory(services)) {
            return found;
        }
        try (Stream<Path> links = Files.list(services)) {
            links.filter(Files::isSymbolicLink).forEach(link -> current(link)
                    .ifPresent(digest -> found.put(link.getFileName().toString(), digest)));
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot list " + services + ": " + e.getMessage(), e);
        }
        return found;
    }

    private Optional<String> current(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            return target.getParent() != null && target.getParent().equals(versions.resolve(link.getFileName()))
                    ? Optional.of(target.getFileName().toString()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(ServiceBundle bundle, Path version) throws IOException {
        Path staging = version.resolveSibling("." + version.getFileName() + ".tmp");
        deleteTree(staging);
        Files.createDirectories(staging);
        for (BundleFile file : bundle.files()) {
            Path target = file.under(staging);
            Files.createDirectories(target.getParent());
            Files.write(target, file.data());
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(file.executable() ? "rwxr-xr-x"
                    : "rw-r--r--"));
        }
        Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
    }

    // the version in place and the one it replaced stay; a rollback needs the one before
    private void prune(String service, String current, String replaced) throws IOException {
        List<Path> others;
        try (Stream<Path> entries = Files.list(versions.resolve(service))) {
            others = entries.filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> !path.getFileName().toString().equals(current))
                    .filter(path -> !path.getFileName().toString().equals(replaced)).toList();
        }
        for (Path old : others) {
            deleteTree(old);
        }
    }

    static void deleteQuietly(Path root) {
        try {
            if (root != null) {
                deleteTree(root);
            }
        } catch (IOException e) {
            // a scratch directory left in /tmp is harmless; the answer matters more
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
