package dev.conductor.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A running sandbox host: real systemd, Podman (runc), Caddy and sshd in their own namespaces
 * on this machine, reachable at {@link #ip()}. Obtain one from {@link SandboxHostExtension}
 * (or {@link SandboxScript#up(String)}).
 */
public final class SandboxHost {

    private static final String WRITE_FILE = "mkdir -p -- \"$(dirname -- \"$1\")\" && cat > \"$1\"";

    private final SandboxScript script;
    private final String name;
    private final String ip;

    SandboxHost(SandboxScript script, String name, String ip) {
        this.script = script;
        this.name = name;
        this.ip = ip;
    }

    /** @return the host name (also its hostname inside) */
    public String name() {
        return name;
    }

    /** @return the host's address, reachable from this machine (10.231.N.2) */
    public String ip() {
        return ip;
    }

    /**
     * Runs a command inside the host as root, with a sane PATH and HOME=/root, and waits up to
     * two minutes for it.
     *
     * @return exit code and output, whatever the exit code
     */
    public ExecResult exec(String... command) {
        return exec(SandboxScript.DEFAULT_EXEC_TIMEOUT, command);
    }

    /** Like {@link #exec(String...)}, with a time limit after which the command is killed. */
    public ExecResult exec(Duration timeout, String... command) {
        return script.exec(name, new byte[0], timeout, List.of(command));
    }

    /** Like {@link #exec(String...)}, feeding {@code stdin} to the command. */
    public ExecResult execWithInput(byte[] stdin, String... command) {
        return script.exec(name, stdin, SandboxScript.DEFAULT_EXEC_TIMEOUT, List.of(command));
    }

    /**
     * Runs a command inside the host and requires exit code 0.
     *
     * @throws SandboxCommandException naming the command and the tail of its stderr otherwise
     */
    public ExecResult execOk(String... command) {
        return requireSuccess(exec(command), command);
    }

    /** Like {@link #execOk(String...)}, feeding {@code stdin} to the command. */
    public ExecResult execOkWithInput(byte[] stdin, String... command) {
        return requireSuccess(execWithInput(stdin, command), command);
    }

    /** Writes {@code content} (UTF-8) to {@code remotePath} inside the host, creating directories. */
    public void writeFile(String remotePath, String content) {
        writeFile(remotePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code remotePath} inside the host, creating directories. */
    public void writeFile(String remotePath, byte[] content) {
        execOkWithInput(content, "sh", "-c", WRITE_FILE, "sh", remotePath);
    }

    /** Copies the local file {@code local} to {@code remotePath} inside the host. */
    public void copyIn(Path local, String remotePath) {
        try {
            writeFile(remotePath, Files.readAllBytes(local));
        } catch (IOException e) {
            throw new SandboxException("Cannot read " + local + " to copy it into sandbox host " + name, e);
        }
    }

    /** @return the content of {@code remotePath} inside the host, as UTF-8 */
    public String readFile(String remotePath) {
        return execOk("cat", "--", remotePath).stdout();
    }

    /**
     * The address of a Podman pod inside the host, from its infra container's network settings.
     * Reachable from inside the host (not from this machine).
     *
     * @param podName the pod's name (for {@code podman kube play}, the YAML's metadata.name)
     */
    public String podAddress(String podName) {
        String infra = execOk("podman", "pod", "inspect", podName, "--format", "{{.InfraContainerID}}").stdout().strip();
        String addresses = execOk("podman", "inspect", infra, "--format",
                "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}").stdout().strip();
        if (addresses.isEmpty()) {
            throw new SandboxException("Pod " + podName + " in sandbox host " + name + " has no network address");
        }
        return addresses.split("\\s+")[0];
    }

    /**
     * Waits until {@code url}, fetched with curl inside the host, answers with
     * {@code expectedStatus}.
     *
     * @return the answer
     * @throws SandboxTimeoutException naming the URL, the expected status and the last attempt
     */
    public HttpWait.Answer waitForHttp(String url, int expectedStatus, Duration timeout) {
        return HttpWait.forUrl(url).forStatus(expectedStatus).withTimeout(timeout).untilReadyInside(this);
    }

    private ExecResult requireSuccess(ExecResult result, String... command) {
        if (!result.succeeded()) {
            throw new SandboxCommandException("sandbox host " + name, List.of(command), result);
        }
        return result;
    }

    @Override
    public String toString() {
        return "SandboxHost[" + name + " " + ip + "]";
    }
}
