package dev.conductor.agent.engine;

import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.SandboxHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A sandbox host with the packaged agent installed: run agent commands, add services, fetch pages. */
public final class AgentHost {

    /** The jar failsafe tests: built by the package phase of this module. */
    public static final Path JAR = Path.of("target", "conductor-agent.jar");
    /** Caddy's admin API on an installed host. */
    public static final String CADDY_ADMIN_SOCKET = "/run/caddy-admin/admin.sock";
    private static final Path SAMPLES = Path.of("..", "installers", "samples");

    private final SandboxHost host;

    private AgentHost(SandboxHost host) {
        this.host = host;
    }

    /**
     * Copies the agent jar into the host and runs {@code system install} there, with watch mode and
     * retries off: these tests edit files and then deploy themselves, and watch them do exactly that.
     */
    public static AgentHost install(SandboxHost host) {
        host.writeFile("/etc/conductor/agent.json", "{\"watch\": false, \"retry\": false}\n");
        return installWithDefaults(host);
    }

    /** Like {@link #install}, with the agent's defaults: watch mode and retries on. */
    public static AgentHost installWithDefaults(SandboxHost host) {
        host.copyIn(JAR, "/tmp/conductor-agent.jar");
        host.execOk("java", "-jar", "/tmp/conductor-agent.jar", "system", "install");
        return new AgentHost(host);
    }

    /** A host where the agent is installed already, as a package would install it. */
    public static AgentHost attach(SandboxHost host) {
        return new AgentHost(host);
    }

    public SandboxHost host() {
        return host;
    }

    /** Runs {@code conductor-agent ARGS...} on the host, whatever its exit code. */
    public ExecResult agent(String... args) {
        List<String> command = new ArrayList<>(List.of("conductor-agent"));
        command.addAll(List.of(args));
        return host.exec(Duration.ofMinutes(5), command.toArray(String[]::new));
    }

    /** Like {@link #agent}, failing the test with the agent's output unless it exits 0. */
    public ExecResult agentOk(String... args) {
        ExecResult result = agent(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("conductor-agent " + String.join(" ", args) + " exited " + result.exitCode()
                    + "\nstdout: " + result.stdout() + "\nstderr: " + result.stderr());
        }
        return result;
    }

    /** Copies a sample service from installers/samples into /etc/conductor/services/NAME. */
    public void addSample(String sample, String name) {
        Path dir = SAMPLES.resolve(sample);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String remote = "/etc/conductor/services/" + name + "/" + file.getFileName();
                host.copyIn(file, remote);
                if (Files.isExecutable(file)) {
                    host.execOk("chmod", "+x", remote);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy sample " + dir, e);
        }
    }

    /** Replaces {@code "KEY": "..."} in a service's file, as an operator's edit would. */
    public void setConfig(String service, String key, String value) {
        host.execOk("sed", "-i", "-E", "s/(\"" + key + "\": *)\"[^\"]*\"/\\1\"" + value + "\"/",
                "/etc/conductor/services/" + service + "/conductor-service.json");
    }

    /** GETs a path through Caddy on the host's port 80 and returns "STATUS BODY". */
    public String viaCaddy(String path) {
        ExecResult result = host.exec("curl", "-s", "-m", "5", "-w", " %{http_code}", "http://localhost" + path);
        String out = result.stdout().strip();
        int space = out.lastIndexOf(' ');
        return space < 0 ? out : out.substring(space + 1) + " " + out.substring(0, space).strip();
    }

    /** Waits up to 60 s for {@code condition}, failing with the agent's last journal lines. */
    public void awaitTrue(String what, java.util.function.Supplier<Boolean> condition) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (!condition.get()) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 60 s: " + what + "; agent log: " + host.exec(
                        "journalctl", "-u", "conductor-agent", "-n", "20", "--no-pager").stdout());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Pod names on the host. */
    public List<String> pods() {
        return host.execOk("podman", "pod", "ls", "--format", "{{.Name}}").stdout().lines().sorted().toList();
    }

    /** Active conductor-deployment units. */
    public List<String> deploymentUnits() {
        return host.execOk("systemctl", "list-units", "--plain", "--no-legend", "--state=active",
                "conductor-deployment@*").stdout().lines().map(line -> line.split("\\s+")[0]).sorted().toList();
    }

    /** {@code @id}s in Caddy's config (its admin API on the root-only socket that install sets up) that contain {@code fragment}. */
    public List<String> caddyIds(String fragment) {
        String config = host.execOk("curl", "-sf", "--unix-socket", CADDY_ADMIN_SOCKET, "http://localhost/config/").stdout();
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"@id\":\"([^\"]*)\"").matcher(config);
        while (m.find()) {
            if (m.group(1).contains(fragment)) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
