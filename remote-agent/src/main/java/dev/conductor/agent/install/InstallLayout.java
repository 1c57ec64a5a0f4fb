package dev.conductor.agent.install;

import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code system install} puts things (docs/engine.md, "Names and places"), below {@code root}:
 * {@code /} on a host, a temporary directory in tests.
 */
public record InstallLayout(Path root) {

    /** The launcher as units and operators call it; the same on every host. */
    public static final String LAUNCHER = "/usr/local/bin/conductor-agent";
    /** The installed agent jar, as the launcher names it. */
    public static final String JAR = "/usr/local/lib/conductor/conductor-agent.jar";

    /** The units' thin client of the agent's socket: a shell script around curl, no JVM. */
    public static final String UNIT_CLIENT = "/usr/local/lib/conductor/conductor-unit";

    /** The JVM's class data archive for the jar, which halves the agent's start-up time. */
    public static final String CLASS_ARCHIVE = "/usr/local/lib/conductor/conductor-agent.jsa";

    public static InstallLayout standard() {
        return new InstallLayout(Path.of("/"));
    }

    public Path launcher() {
        return at(LAUNCHER);
    }

    public Path jar() {
        return at(JAR);
    }

    public Path unitClient() {
        return at(UNIT_CLIENT);
    }

    /** curl, which the units' thin client runs. */
    public Path curl() {
        return at("/usr/bin/curl");
    }

    public Path classArchive() {
        return at(CLASS_ARCHIVE);
    }

    /** Where the static units go. */
    public Path unitDirectory() {
        return at("/etc/systemd/system");
    }

    /** Runtime units and drop-ins; its existence also tells that systemd is the running init. */
    public Path runtimeUnitDirectory() {
        return at("/run/systemd/system");
    }

    /** caddy.service's drop-in that creates /run/caddy-admin, the root-only directory of the admin socket. */
    public Path caddyDropIn() {
        return at("/etc/systemd/system/caddy.service.d/conductor-admin.conf");
    }

    /** The directory of Caddy's admin socket, which the drop-in has systemd create. */
    public Path caddyAdminDirectory() {
        return at("/run/caddy-admin");
    }

    public Path caddyfile() {
        return at("/etc/caddy/Caddyfile");
    }

    public Path caddyfileBackup() {
        return at("/etc/caddy/Caddyfile.conductor-backup");
    }

    /** Directories the engine expects, created by install. */
    public List<Path> dataDirectories() {
        return List.of(at("/etc/conductor/services"), at("/var/lib/conductor"), at("/run/conductor"));
    }

    /** Per-service state, as {@code AgentPaths.standard()} names it. */
    public Path stateRoot() {
        return at("/var/lib/conductor/services");
    }

    /** The host's facts, as {@code AgentPaths.standard()} names them. */
    public Path hostFile() {
        return at("/etc/conductor/host.json");
    }

    /** The jar that {@code system update} replaced, kept to go back to. */
    public Path previousJar() {
        return at(JAR + ".previous");
    }

    /** The resident agent's socket, as {@code AgentSocket.STANDARD} names it. */
    public Path agentSocket() {
        return at("/run/conductor/agent.sock");
    }

    /** Deployment directories, as {@code AgentPaths.standard()} names them. */
    public Path deploymentRoot() {
        return at("/run/conductor/deployments");
    }

    /** What {@code uninstall --purge} removes as well: the operator's data and runtime state. */
    public List<Path> purgedDirectories() {
        return List.of(at("/etc/conductor"), at("/var/lib/conductor"), at("/run/conductor"));
    }

    private Path at(String absolute) {
        return root.resolve(absolute.substring(1));
    }
}
