package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Booting and removing hosts directly through the script: down must leave nothing behind. */
@Tag("integration")
class SandboxHostDownIT {

    private static final Path STATE_BASE = Path.of("/var/lib/conductor-sandbox");
    private static SandboxScript script;

    @BeforeAll
    static void requireSandbox() {
        SandboxScript.requireRoot();
        script = SandboxScript.locate();
    }

    @Test
    void downLeavesNoMountLinkProcessCgroupOrState() throws IOException {
        String name = "down-it";
        SandboxHost host = script.up(name);
        host.writeFile("/root/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: busy
                spec:
                  containers:
                    - name: web
                      image: localhost/conductor-test-web:v1
                """);
        host.execOk("podman", "kube", "play", "/root/pod.yaml");

        Path state = STATE_BASE.resolve(name);
        String link = "csbh" + Files.readString(state.resolve("index")).strip();
        String pidNamespace = Files.readSymbolicLink(Path.of("/proc", Files.readString(state.resolve("pid")).strip(), "ns/pid")).toString();
        List<Path> cgroups = Files.readAllLines(state.resolve("cgroups")).stream()
                .map(line -> Path.of(line.substring(line.lastIndexOf(' ') + 1))).toList();
        assertThat(Path.of("/sys/class/net", link)).exists();
        assertThat(processesIn(pidNamespace)).hasSizeGreaterThan(5); // systemd, services, conmon, httpd
        assertThat(mountPointsUnder(state)).as("the host's mounts, seen by its processes").isNotEmpty();
        assertThat(cgroups).allMatch(Files::isDirectory);

        script.down(name);

        assertThat(mountPointsUnder(state)).as("mounts under " + state + " in any mount namespace").isEmpty();
        assertThat(Path.of("/sys/class/net", link)).doesNotExist();
        assertThat(processesIn(pidNamespace)).as("processes in the host's pid namespace").isEmpty();
        assertThat(cgroups).noneMatch(Files::exists);
        assertThat(state).doesNotExist();
        assertThat(ipOf(name)).as("`sandbox-host ip` after down").isNotEqualTo(0);

        script.down(name); // idempotent: the host is already gone
    }

    @Test
    void upOfARunningHostReusesIt() {
        String name = "reuse-it";
        try {
            SandboxHost first = script.up(name);
            long pid = pidOf(name);
            SandboxHost second = script.up(name);
            assertThat(second.ip()).isEqualTo(first.ip());
            assertThat(pidOf(name)).isEqualTo(pid);
            assertThat(second.execOk("systemctl", "is-system-running").stdout().strip()).isEqualTo("running");
        } finally {
            script.down(name);
        }
    }

    private static int ipOf(String name) {
        return ProcessRunner.run(List.of(script.path().toString(), "ip", name), new byte[0],
                SandboxScript.DEFAULT_EXEC_TIMEOUT, null).exitCode();
    }

    private static long pidOf(String name) {
        try {
            return Long.parseLong(Files.readString(STATE_BASE.resolve(name).resolve("pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mount points at or below {@code dir} in the mount namespace of any process. */
    private static Set<String> mountPointsUnder(Path dir) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .flatMap(p -> lines(p.resolve("mountinfo")))
                    .map(line -> line.split(" ")[4])
                    .filter(mountPoint -> mountPoint.equals(dir.toString()) || mountPoint.startsWith(dir + "/"))
                    .collect(Collectors.toSet());
        }
    }

    /** PIDs of the processes whose pid namespace is {@code namespace} (like "pid:[4026532180]"). */
    private static Set<String> processesIn(String namespace) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> namespace.equals(link(p.resolve("ns/pid"))))
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            return Stream.empty(); // the process exited meanwhile
        }
    }

    private static String link(Path path) {
        try {
            return Files.readSymbolicLink(path).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
