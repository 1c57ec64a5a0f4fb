package dev.conductor.agent.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * caddy.service's drop-in that has systemd create /run/caddy-admin for user caddy, mode 0700, each
 * time Caddy starts: the directory of the admin socket, which user caddy could not create in /run
 * and no other user may enter.
 */
final class CaddyAdminDropIn {

    private static final String DIRECTORY = "/run/caddy-admin/";

    private final InstallLayout layout;

    CaddyAdminDropIn(InstallLayout layout) {
        this.layout = layout;
    }

    // True when it wrote the drop-in (and systemd must re-read caddy.service).
    boolean install(InstallReport report) {
        Path file = layout.caddyDropIn();
        boolean wrote = AtomicFiles.write(file, UnitFiles.caddyDropIn().getBytes(StandardCharsets.UTF_8),
                AtomicFiles.READABLE);
        if (wrote) {
            report.changed("caddy drop-in", "wrote " + file + ": " + DIRECTORY + " for Caddy's admin socket, mode 0700");
        } else {
            report.unchanged("caddy drop-in", file + " is up to date");
        }
        return wrote;
    }

    // True when it removed the drop-in; kept while the Caddyfile still puts the admin socket there.
    boolean remove(InstallReport report) {
        Path file = layout.caddyDropIn();
        if (!Files.exists(file)) {
            return false;
        }
        Optional<byte[]> caddyfile = AtomicFiles.read(layout.caddyfile());
        if (caddyfile.filter(text -> new String(text, StandardCharsets.UTF_8).contains(DIRECTORY)).isPresent()) {
            report.unchanged("caddy drop-in", "kept " + file + ": " + layout.caddyfile() + " still puts the admin"
                    + " socket in " + DIRECTORY);
            return false;
        }
        AtomicFiles.delete(file);
        deleteIfEmpty(file.getParent());
        report.changed("remove", "removed " + file);
        return true;
    }

    /**
     * Removes /run/caddy-admin once Caddy runs without the drop-in: systemd created it for the
     * drop-in's RuntimeDirectory and, having forgotten it, does not remove it when Caddy stops.
     */
    void removeRuntimeDirectory(InstallReport report) {
        Path directory = layout.caddyAdminDirectory();
        if (Files.isDirectory(directory) && !Files.exists(layout.caddyDropIn()) && deleteIfEmpty(directory)) {
            report.changed("remove", "removed " + directory);
        }
    }

    // True when it deleted the directory.
    private static boolean deleteIfEmpty(Path directory) {
        try {
            return Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // the operator's own drop-ins for caddy.service stay, and a socket Caddy still listens on
            return false;
        } catch (IOException e) {
            throw new InstallException("cannot delete " + directory + ": " + e.getMessage(), e);
        }
    }
}
