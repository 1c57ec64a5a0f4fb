package dev.conductor.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every path on a sandbox host, but for those that other programs change as they run: what a
 * package's test compares before install and after purge.
 */
public record FileListing(Set<String> paths) {

    /**
     * Left out: kernel file systems and scratch space; logs and caches; the bookkeeping of dpkg, apt,
     * PackageKit and systemd; the state Podman keeps from having run a pod (its default kube network
     * and storage); and what the sandbox host sees of this machine (the build tree and Maven's cache).
     */
    private static final List<String> SKIPPED = List.of("/proc", "/sys", "/dev", "/tmp", "/var/tmp", "/run/user",
            "/var/log", "/var/cache", "/var/lib/dpkg", "/var/lib/apt", "/var/lib/PackageKit", "/run/systemd",
            "/var/lib/containers", "/run/containers", "/run/netns", "/run/runc", "/etc/containers/networks",
            "/var/lib/conductor-sandbox", "/work", "/root/.m2", repository(), System.getProperty("user.home") + "/.m2");

    /** Lists {@code host}'s files now. */
    public static FileListing of(SandboxHost host) {
        StringBuilder prune = new StringBuilder();
        for (String path : SKIPPED) {
            prune.append(prune.length() == 0 ? "" : " -o ").append("-path ").append(path);
        }
        // files that vanish while find runs make it exit 1; a listing is all this needs
        String find = "find / \\( " + prune + " \\) -prune -o -print 2>/dev/null || true";
        String out = host.exec(Duration.ofMinutes(2), "sh", "-c", find).stdout();
        if (!out.contains("\n/etc/")) {
            throw new AssertionError("no listing of " + host.name() + "'s files: " + out);
        }
        return new FileListing(new TreeSet<>(out.lines().toList()));
    }

    // The clone this test runs from (a module's directory below it), which the build writes to meanwhile.
    private static String repository() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().toString();
    }

    /** Paths here that {@code earlier} does not have. */
    public Set<String> addedSince(FileListing earlier) {
        Set<String> added = new TreeSet<>(paths);
        added.removeAll(earlier.paths);
        return added;
    }
}
