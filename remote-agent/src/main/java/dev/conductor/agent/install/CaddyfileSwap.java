package dev.conductor.agent.install;

import dev.conductor.agent.process.ProcessRunner;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Replaces Debian's stock Caddyfile, whose welcome page holds :80, with one that only pins the admin
 * API to localhost; and puts the original back on uninstall, unless the operator edited ours since.
 */
final class CaddyfileSwap {

    private final InstallLayout layout;
    private final ProcessRunner runner;

    CaddyfileSwap(InstallLayout layout, ProcessRunner runner) {
        this.layout = layout;
        this.runner = runner;
    }

    // True when it replaced the Caddyfile (and Caddy must restart to drop the welcome page).
    boolean replaceStock(InstallReport report) {
        Optional<byte[]> current = AtomicFiles.read(layout.caddyfile());
        if (current.isEmpty() || !StockCaddyfile.isStock(current.get(), StockCaddyfile.packagedMd5(runner))) {
            report.unchanged("Caddyfile", layout.caddyfile() + (current.isEmpty() ? " does not exist" : " is not"
                    + " Debian's stock file; left as it is"));
            return false;
        }
        AtomicFiles.write(layout.caddyfileBackup(), current.get(), AtomicFiles.READABLE);
        AtomicFiles.write(layout.caddyfile(), conductorCaddyfile(), AtomicFiles.READABLE);
        report.changed("Caddyfile", "replaced Debian's stock " + layout.caddyfile() + " (welcome page on :80) by one"
                + " with only the admin API on localhost:2019; the original is " + layout.caddyfileBackup());
        return true;
    }

    // True when it put the original back (and Caddy must restart to load it).
    boolean restore(InstallReport report) {
        Optional<byte[]> backup = AtomicFiles.read(layout.caddyfileBackup());
        if (backup.isEmpty()) {
            report.unchanged("Caddyfile", "no " + layout.caddyfileBackup() + " to restore");
            return false;
        }
        Optional<byte[]> current = AtomicFiles.read(layout.caddyfile());
        if (current.isPresent() && !Arrays.equals(current.get(), conductorCaddyfile())) {
            report.unchanged("Caddyfile", layout.caddyfile() + " was edited since install; kept it, and Debian's"
                    + " original stays in " + layout.caddyfileBackup());
            return false;
        }
        AtomicFiles.move(layout.caddyfileBackup(), layout.caddyfile());
        report.changed("Caddyfile", "restored " + layout.caddyfile() + " from " + layout.caddyfileBackup());
        return true;
    }

    private static byte[] conductorCaddyfile() {
        return StockCaddyfile.conductorCaddyfile().getBytes(StandardCharsets.UTF_8);
    }
}
