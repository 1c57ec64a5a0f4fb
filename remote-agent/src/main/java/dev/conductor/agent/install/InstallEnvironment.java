package dev.conductor.agent.install;

import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What install and uninstall work on: the file layout, a way to run systemctl and friends, Caddy,
 * and whether we run as root. Tests swap any of them.
 */
public record InstallEnvironment(InstallLayout layout, ProcessRunner runner, CaddyServerEnsurer caddy, boolean root) {

    /** This host: files under /, local processes, Caddy's admin API where /etc/caddy/Caddyfile puts it. */
    public static InstallEnvironment standard() {
        return new InstallEnvironment(InstallLayout.standard(), new LocalProcessRunner(), CaddyServerEnsurer.standard(),
                effectiveUid() == 0);
    }

    // Both commands change /etc and /usr/local and drive systemd: refuse early with the reason.
    void requireRootAndSystemd(String command) {
        if (!root) {
            throw new InstallException("'conductor-agent system " + command + "' must run as root; try: sudo java"
                    + " -jar conductor-agent.jar system " + command);
        }
        if (!Files.isDirectory(layout.runtimeUnitDirectory())) {
            throw new InstallException("systemd is not running on this machine (no " + layout.runtimeUnitDirectory()
                    + "); Conductor needs systemd as init");
        }
    }

    // The owner of /proc/self is this process's effective user.
    private static int effectiveUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name")) ? 0 : -1;
        }
    }
}
