package dev.conductor.agent.install;

import dev.conductor.agent.caddy.CaddyfileAdmin;
import dev.conductor.agent.engine.PrivateModes;
import dev.conductor.agent.systemd.SystemctlSystemd;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code conductor-agent system install}: the agent jar and launcher, the static units, the engine's
 * directories, and Caddy's conductor-server. Running it again changes nothing.
 */
public final class SystemInstaller {

    private static final String CADDY = "caddy.service";
    private static final String CONDUCTOR_CADDY = "conductor-caddy.service";

    private final InstallEnvironment env;
    private final InstallLayout layout;
    private final SystemctlSystemd systemctl;

    public SystemInstaller(InstallEnvironment env) {
        this.env = env;
        this.layout = env.layout();
        this.systemctl = new SystemctlSystemd(env.runner());
    }

    /**
     * Installs from {@code sourceJar}, recording each step in {@code report} as it goes, so that a
     * failure still shows what was done.
     *
     * @throws InstallException when a precondition fails (not root, no Java 17, :80 taken in Caddy)
     */
    public void install(Path sourceJar, InstallReport report) {
        env.requireRootAndSystemd("install");
        String java = new JavaLocator(env.runner()).locate();
        requireCurl();
        prepareCaddy(report);
        boolean jarChanged = installFiles(sourceJar, java, report);
        boolean unitsChanged = installUnits(report);
        if (unitsChanged) {
            systemctl.daemonReload();
            report.changed("daemon-reload", "systemd re-read its unit files");
        }
        UnitFiles.ENABLED_UNITS.forEach(unit -> enable(unit, report));
        startAgent(jarChanged || unitsChanged, report);
        ensureServer(report);
    }

    private void requireCurl() {
        if (!Files.isExecutable(layout.curl())) {
            throw new InstallException("system install: " + layout.curl() + " is missing; Conductor's units reach"
                    + " the resident agent with curl: apt-get install curl");
        }
    }

    // The units' commands ask the agent, so it runs before anything below starts a unit.
    private void startAgent(boolean changed, InstallReport report) {
        if (!systemctl.state(UnitFiles.AGENT_SOCKET).active()) {
            systemctl.start(UnitFiles.AGENT_SOCKET);
            report.changed("start", "started " + UnitFiles.AGENT_SOCKET);
        }
        if (!systemctl.state(UnitFiles.AGENT_SERVICE).active()) {
            systemctl.start(UnitFiles.AGENT_SERVICE);
            report.changed("start", "started the resident agent, " + UnitFiles.AGENT_SERVICE);
        } else if (changed) {
            // what runs keeps running: the new agent converges from the state on disk
            systemctl.restart(UnitFiles.AGENT_SERVICE);
            report.changed("restart", "restarted " + UnitFiles.AGENT_SERVICE + " on the new jar and units");
        } else {
            report.unchanged("start", UnitFiles.AGENT_SERVICE + " is active");
        }
    }

    // Frees :80 from Debian's welcome page, moves the admin API to a root-only socket, makes sure
    // Caddy runs, and checks its config suits us.
    private void prepareCaddy(InstallReport report) {
        boolean dropIn = new CaddyAdminDropIn(layout).install(report);
        if (dropIn) {
            systemctl.daemonReload();
            report.changed("daemon-reload", "systemd re-read " + CADDY + " with its drop-in");
        }
        if (new CaddyfileSwap(layout, env.runner()).replace(report) || dropIn && caddyfileUsesSocket()) {
            systemctl.restart(CADDY);
            report.changed("caddy", "restarted " + CADDY + " to load the new Caddyfile and drop-in");
        } else if (!systemctl.state(CADDY).active()) {
            systemctl.start(CADDY);
            report.changed("caddy", "started " + CADDY);
        }
        env.caddy().check();
    }

    // An operator's Caddyfile on TCP needs no restart for the drop-in; one on the socket needs its directory.
    private boolean caddyfileUsesSocket() {
        return AtomicFiles.read(layout.caddyfile())
                .flatMap(text -> CaddyfileAdmin.socket(new String(text, StandardCharsets.UTF_8))).isPresent();
    }

    // True when the jar changed, so that a running agent must restart on it.
    private boolean installFiles(Path sourceJar, String java, InstallReport report) {
        boolean jarChanged = AtomicFiles.copy(sourceJar, layout.jar(), AtomicFiles.READABLE);
        record(report, "agent jar", jarChanged, "copied " + sourceJar + " to " + layout.jar(),
                layout.jar() + " is up to date");
        if (jarChanged || !Files.exists(layout.classArchive())) {
            if (new JvmArchive(env.runner()).create(java, layout.jar(), layout.classArchive())) {
                report.changed("class archive", "created " + layout.classArchive() + " for faster start-up");
            } else {
                report.unchanged("class archive", "could not create " + layout.classArchive()
                        + "; the agent works without it, only starts slower");
            }
        } else {
            report.unchanged("class archive", layout.classArchive() + " is up to date");
        }
        byte[] launcher = Launcher.script(java).getBytes(StandardCharsets.UTF_8);
        record(report, "launcher", AtomicFiles.write(layout.launcher(), launcher, AtomicFiles.EXECUTABLE),
                "wrote " + layout.launcher() + " (runs " + java + ")", layout.launcher() + " is up to date");
        byte[] client = UnitFiles.unitClient().getBytes(StandardCharsets.UTF_8);
        record(report, "unit client", AtomicFiles.write(layout.unitClient(), client, AtomicFiles.EXECUTABLE),
                "wrote " + layout.unitClient() + " (the units' client of the agent)", layout.unitClient() + " is up to date");
        for (Path directory : layout.dataDirectories()) {
            record(report, "directory", AtomicFiles.mkdirs(directory), "created " + directory, directory + " exists");
        }
        tightenModes(report);
        return jarChanged;
    }

    // An upgrade from an agent that wrote config values 0644 in 0755 directories; the new agent
    // does it again when it starts, for what the old one writes until it is restarted.
    private void tightenModes(InstallReport report) {
        List<Path> changed;
        try {
            changed = PrivateModes.tighten(layout.stateRoot(), layout.deploymentRoot());
        } catch (UncheckedIOException e) {
            throw new InstallException(e.getMessage(), e);
        }
        record(report, "modes", !changed.isEmpty(), "made " + changed.size() + " state and deployment files and"
                + " directories root's only (0600, 0700)", "state and deployment files are root's only");
    }

    // True when any unit file changed, so that systemd must re-read them.
    private boolean installUnits(InstallReport report) {
        boolean changed = false;
        for (String unit : UnitFiles.STATIC_UNITS) {
            Path file = layout.unitDirectory().resolve(unit);
            byte[] text = UnitFiles.render(unit, InstallLayout.LAUNCHER).getBytes(StandardCharsets.UTF_8);
            boolean wrote = AtomicFiles.write(file, text, AtomicFiles.READABLE);
            record(report, "unit", wrote, "wrote " + file, file + " is up to date");
            changed |= wrote;
        }
        return changed;
    }

    private void enable(String unit, InstallReport report) {
        if (systemctl.isEnabled(unit)) {
            report.unchanged("enable", unit + " is enabled");
        } else {
            systemctl.enable(unit);
            report.changed("enable", "enabled " + unit);
        }
    }

    // Creates conductor-server here, where errors reach the operator, then lets the unit take over.
    private void ensureServer(InstallReport report) {
        String server = ConductorServer.ID + " on " + env.caddy().listen();
        record(report, "caddy server", env.caddy().ensure(), "created Caddy's HTTP server " + server,
                "Caddy's HTTP server " + server + " exists");
        if (systemctl.state(CONDUCTOR_CADDY).active()) {
            report.unchanged("start", CONDUCTOR_CADDY + " is active");
        } else {
            systemctl.start(CONDUCTOR_CADDY);
            report.changed("start", "started " + CONDUCTOR_CADDY + "; it restores " + ConductorServer.ID
                    + " whenever caddy.service starts, restarts or reloads");
        }
    }

    private static void record(InstallReport report, String name, boolean changed, String done, String found) {
        if (changed) {
            report.changed(name, done);
        } else {
            report.unchanged(name, found);
        }
    }
}
