package dev.conductor.agent.install;

import dev.conductor.agent.caddy.CaddyfileAdmin;
import dev.conductor.agent.process.ProcessRunner;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Replaces Debian's stock Caddyfile, whose welcome page holds :80, with one that only puts the admin
 * API on a root-only unix socket (and moves an earlier install's Caddyfile, with the API on
 * localhost:2019, to that); puts the original back on uninstall, unless the operator edited ours since.
 */
final class CaddyfileSwap {

    static final String SOCKET = "unix//run/caddy-admin/admin.sock";

    private final InstallLayout layout;
    private final ProcessRunner runner;

    CaddyfileSwap(InstallLayout layout, ProcessRunner runner) {
        this.layout = layout;
        this.runner = runner;
    }

    // True when it rewrote the Caddyfile (and Caddy must restart to load it).
    boolean replace(InstallReport report) {
        Optional<byte[]> current = AtomicFiles.read(layout.caddyfile());
        if (current.isEmpty()) {
            report.unchanged("Caddyfile", layout.caddyfile() + " does not exist");
            return false;
        }
        if (StockCaddyfile.isConductors(current.get())) {
            report.unchanged("Caddyfile", layout.caddyfile() + " is Conductor's: admin API on " + SOCKET);
            return false;
        }
        if (StockCaddyfile.isEarlierConductors(current.get())) {
            AtomicFiles.write(layout.caddyfile(), conductorCaddyfile(), AtomicFiles.READABLE);
            report.changed("Caddyfile", "moved Caddy's admin API in " + layout.caddyfile() + " from localhost:2019,"
                    + " which every local user could use, to the root-only socket " + SOCKET);
            return true;
        }
        if (!StockCaddyfile.isStock(current.get(), StockCaddyfile.packagedMd5(runner))) {
            report.unchanged("Caddyfile", layout.caddyfile() + " is not Debian's stock file; left as it is"
                    + tcpAdminHint(current.get()));
            return false;
        }
        AtomicFiles.write(layout.caddyfileBackup(), current.get(), AtomicFiles.READABLE);
        AtomicFiles.write(layout.caddyfile(), conductorCaddyfile(), AtomicFiles.READABLE);
        report.changed("Caddyfile", "replaced Debian's stock " + layout.caddyfile() + " (welcome page on :80) by one"
                + " with only the admin API, on the root-only socket " + SOCKET + "; the original is "
                + layout.caddyfileBackup());
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
        if (current.isPresent() && !StockCaddyfile.isConductors(current.get())
                && !StockCaddyfile.isEarlierConductors(current.get())) {
            report.unchanged("Caddyfile", layout.caddyfile() + " was edited since install; kept it, and Debian's"
                    + " original stays in " + layout.caddyfileBackup());
            return false;
        }
        AtomicFiles.move(layout.caddyfileBackup(), layout.caddyfile());
        report.changed("Caddyfile", "restored " + layout.caddyfile() + " from " + layout.caddyfileBackup());
        return true;
    }

    // The operator's own Caddyfile keeps its admin address; say how to close a TCP one.
    private static String tcpAdminHint(byte[] caddyfile) {
        if (CaddyfileAdmin.socket(new String(caddyfile, StandardCharsets.UTF_8)).isPresent()) {
            return "";
        }
        return "; its admin API is on TCP (localhost:2019 unless it says otherwise), which every local user can"
                + " use: to allow root only, put 'admin " + SOCKET + "' in its global options and restart caddy";
    }

    private static byte[] conductorCaddyfile() {
        return StockCaddyfile.conductorCaddyfile().getBytes(StandardCharsets.UTF_8);
    }
}
