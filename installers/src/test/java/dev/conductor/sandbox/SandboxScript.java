package dev.conductor.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code installers/sandbox/sandbox-host} script: boots, enters and removes sandbox hosts.
 * Found through the system property {@value #SCRIPT_PROPERTY}, or by walking up from the
 * working directory to the repository root.
 */
public final class SandboxScript {

    /** System property naming the script explicitly. */
    public static final String SCRIPT_PROPERTY = "conductor.sandbox.script";
    /** The script's path relative to the repository root. */
    public static final String RELATIVE_PATH = "installers/sandbox/sandbox-host";

    /** Generous: the first boot on a fresh machine installs Debian packages. */
    static final Duration UP_TIMEOUT = Duration.ofMinutes(10);
    static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    static final Duration DEFAULT_EXEC_TIMEOUT = Duration.ofMinutes(2);

    private final Path script;

    private SandboxScript(Path script) {
        this.script = script;
    }

    /**
     * @return the script named by {@value #SCRIPT_PROPERTY}, else the one found above the
     *     working directory
     * @throws SandboxException if there is none
     */
    public static SandboxScript locate() {
        String property = System.getProperty(SCRIPT_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path explicit = Path.of(property).toAbsolutePath();
            if (!Files.isExecutable(explicit)) {
                throw new SandboxException("-D" + SCRIPT_PROPERTY + "=" + property + " is not an executable file");
            }
            return new SandboxScript(explicit);
        }
        return new SandboxScript(findAbove(Path.of("").toAbsolutePath()));
    }

    /**
     * @param start where to start looking
     * @return {@value #RELATIVE_PATH} under {@code start} or under its nearest ancestor that has it
     * @throws SandboxException if no ancestor has it
     */
    static Path findAbove(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_PATH);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new SandboxException("Cannot find " + RELATIVE_PATH + " in " + start + " or any directory above it;"
                + " run the tests inside the Conductor repository or pass -D" + SCRIPT_PROPERTY + "=/path/to/sandbox-host");
    }

    /**
     * Fails unless this JVM runs as root, which sandbox hosts need (overlay mounts, namespaces,
     * veth links). Never skips: a test that needs a sandbox host and cannot have one fails.
     *
     * @throws SandboxException naming the current uid and what to do
     */
    public static void requireRoot() {
        int uid;
        try {
            uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            throw new SandboxException("Sandbox hosts need Linux (cannot read /proc/self): " + e.getMessage(), e);
        }
        if (uid != 0) {
            throw new SandboxException("Sandbox hosts need root, but this JVM runs as uid " + uid + ": they mount"
                    + " overlays and create namespaces and veth links. Run the integration tests as root"
                    + " (e.g. sudo mvn verify), or leave them out explicitly with -DskipITs.");
        }
    }

    /** @return the script's absolute path */
    public Path path() {
        return script;
    }

    /**
     * Boots host {@code name}, or finds it already running. Progress lines go to stderr.
     *
     * @return the running host
     */
    public SandboxHost up(String name) {
        List<String> command = List.of(script.toString(), "up", name);
        ExecResult result = ProcessRunner.run(command, new byte[0], UP_TIMEOUT, line -> System.err.println(line));
        if (!result.succeeded()) {
            throw new SandboxCommandException("this machine", command, result);
        }
        String ip = result.stdout().strip();
        if (!ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            throw new SandboxException(Commands.quote(command) + " printed '" + ip + "' instead of the host's IP address");
        }
        return new SandboxHost(this, name, ip);
    }

    /** Powers host {@code name} off and removes every trace of it; succeeds if it does not exist. */
    public void down(String name) {
        List<String> command = List.of(script.toString(), "down", name);
        ExecResult result = ProcessRunner.run(command, new byte[0], DOWN_TIMEOUT, line -> System.err.println(line));
        if (!result.succeeded()) {
            throw new SandboxCommandException("this machine", command, result);
        }
    }

    /** Runs {@code command} inside host {@code name}; see {@link SandboxHost#exec(String...)}. */
    ExecResult exec(String name, byte[] stdin, Duration timeout, List<String> command) {
        List<String> full = new ArrayList<>(List.of(script.toString(), "exec", name));
        full.addAll(command);
        return ProcessRunner.run(full, stdin, timeout, null);
    }
}
