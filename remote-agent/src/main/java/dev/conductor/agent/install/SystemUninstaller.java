package dev.conductor.agent.install;

import dev.conductor.agent.caddy.CaddyException;
import dev.conductor.agent.systemd.SystemctlSystemd;
import dev.conductor.agent.systemd.UnitState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code conductor-agent system uninstall}: stops every conductor unit, removes what install added,
 * and restores Debian's Caddyfile. Keeps the operator's data unless purging. Running it again
 * changes nothing.
 */
public final class SystemUninstaller {

    private static final String CADDY = "caddy.service";

    private final InstallEnvironment env;
    private final InstallLayout layout;
    private final SystemctlSystemd systemctl;

    public SystemUninstaller(InstallEnvironment env) {
        this.env = env;
        this.layout = env.layout();
        this.systemctl = new SystemctlSystemd(env.runner());
    }

    /** Uninstalls, recording each step in {@code report}; {@code purge} also removes /etc/conductor and state. */
    public void uninstall(boolean purge, InstallReport report) {
        env.requireRootAndSystemd("uninstall");
        stopUnits(report);
        if (removeUnits(report)) {
            systemctl.daemonReload();
            systemctl.resetFailed("conductor-*");
            report.changed("daemon-reload", "systemd forgot the removed units");
        }
        removeServer(report);
        boolean restored = new CaddyfileSwap(layout, env.runner()).restore(report);
        CaddyAdminDropIn dropIn = new CaddyAdminDropIn(layout);
        if (dropIn.remove(report)) {
            systemctl.daemonReload();
            report.changed("daemon-reload", "systemd forgot " + CADDY + "'s drop-in");
        }
        if (restored && systemctl.state(CADDY).active()) {
            systemctl.restart(CADDY);
            report.changed("caddy", "restarted " + CADDY + " to load the restored Caddyfile");
        }
        dropIn.removeRuntimeDirectory(report);
        // last: stopping the units above ran the launcher
        removeFiles(purge, report);
    }

    private void removeFiles(boolean purge, InstallReport report) {
        for (Path path : List.of(layout.launcher(), layout.jar().getParent())) {
            if (!remove(report, path)) {
                report.unchanged("remove", path + " is not there");
            }
        }
        for (Path directory : layout.purgedDirectories()) {
            if (purge) {
                remove(report, directory);
            } else if (Files.exists(directory)) {
                report.unchanged("kept", directory + " ('system uninstall --purge' removes it)");
            }
        }
    }

    // Stops services first, as their stop commands remove deployments, pods and routes through the
    // agent; stopped together, systemd may stop the agent first and leave the pods running.
    private void stopUnits(InstallReport report) {
        List<String> active = systemctl.list("conductor-*").stream()
                .filter(unit -> !"inactive".equals(unit.activeState())).map(UnitState::unit).toList();
        if (active.isEmpty()) {
            report.unchanged("stop", "no conductor unit is running");
            return;
        }
        List<String> agent = List.of(UnitFiles.AGENT_SOCKET, UnitFiles.AGENT_SERVICE);
        List<String> services = active.stream().filter(unit -> !agent.contains(unit)).toList();
        if (!services.isEmpty()) {
            systemctl.stop(services);
        }
        List<String> agentActive = active.stream().filter(agent::contains).toList();
        if (!agentActive.isEmpty()) {
            systemctl.stop(agentActive);
        }
        report.changed("stop", "stopped " + String.join(" ", services) + (services.isEmpty() ? "" : " ")
                + String.join(" ", agentActive));
    }

    // True when a unit file or drop-in went, so that systemd must re-read them.
    private boolean removeUnits(InstallReport report) {
        for (String unit : UnitFiles.ENABLED_UNITS) {
            if (Files.exists(layout.unitDirectory().resolve(unit)) && systemctl.isEnabled(unit)) {
                systemctl.disable(unit);
                report.changed("disable", "disabled " + unit);
            }
        }
        List<Path> files = new ArrayList<>();
        UnitFiles.STATIC_UNITS.forEach(unit -> files.add(layout.unitDirectory().resolve(unit)));
        files.addAll(runtimeUnits());
        boolean removed = false;
        for (Path file : files) {
            removed |= remove(report, file);
        }
        if (!removed) {
            report.unchanged("remove", "no conductor unit files in " + layout.unitDirectory() + " or "
                    + layout.runtimeUnitDirectory());
        }
        return removed;
    }

    // Per-instance drop-ins and runtime units the engine wrote to /run/systemd/system.
    private List<Path> runtimeUnits() {
        if (!Files.isDirectory(layout.runtimeUnitDirectory())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(layout.runtimeUnitDirectory())) {
            return entries.filter(path -> path.getFileName().toString().startsWith("conductor-")).sorted().toList();
        } catch (IOException e) {
            throw new InstallException("cannot list " + layout.runtimeUnitDirectory() + ": " + e.getMessage(), e);
        }
    }

    private void removeServer(InstallReport report) {
        if (!systemctl.state(CADDY).active()) {
            report.unchanged("caddy server", "caddy.service is not running; Caddy forgot " + ConductorServer.ID);
            return;
        }
        try {
            boolean removed = env.caddy().remove();
            if (removed) {
                report.changed("caddy server", "deleted Caddy's HTTP server " + ConductorServer.ID);
            } else {
                report.unchanged("caddy server", "Caddy has no " + ConductorServer.ID);
            }
        } catch (CaddyException e) {
            throw new InstallException("cannot remove " + ConductorServer.ID + " from Caddy: " + e.getMessage(), e);
        }
    }

    private static boolean remove(InstallReport report, Path path) {
        boolean removed = AtomicFiles.delete(path);
        if (removed) {
            report.changed("remove", "removed " + path);
        }
        return removed;
    }
}
