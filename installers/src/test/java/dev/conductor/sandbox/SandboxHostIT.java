package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The basics of a sandbox host, each proven against real systemd, Podman, Caddy and sshd. */
@SandboxTest
class SandboxHostIT {

    private static final Duration READY = Duration.ofSeconds(30);

    private static SandboxHost staticHost;

    @Test
    void injectsOneHostIntoFieldsAndParameters(SandboxHost host) {
        assertThat(host).isSameAs(staticHost);
        assertThat(host.name()).isEqualTo("sandbox-host-it");
        assertThat(host.ip()).matches("10\\.231\\.\\d+\\.2");
    }

    @Test
    void systemdIsRunningAsPidOne(SandboxHost host) {
        assertThat(host.execOk("systemctl", "is-system-running").stdout().strip()).isEqualTo("running");
        assertThat(host.execOk("ps", "-o", "comm=", "-p", "1").stdout().strip()).isEqualTo("systemd");
        assertThat(host.execOk("hostname").stdout().strip()).isEqualTo(host.name());
        // systemd knows it runs in a container (an unknown $container value reads as container-other)
        assertThat(host.execOk("systemd-detect-virt", "--container").stdout().strip()).isEqualTo("container-other");
        assertThat(host.execOk("cat", "/proc/1/environ").stdout().split("\0")).contains("container=conductor-sandbox");
    }

    @Test
    void execPassesStdinOutputAndExitCodeThrough(SandboxHost host) {
        ExecResult result = host.execWithInput("hello".getBytes(), "sh", "-c", "cat; echo oops >&2; exit 3");
        assertThat(result).isEqualTo(new ExecResult(3, "hello", "oops\n"));
        assertThatThrownBy(() -> host.execOk("sh", "-c", "echo broken >&2; exit 4"))
                .isInstanceOf(SandboxCommandException.class)
                .hasMessageContaining("sh -c 'echo broken >&2; exit 4'")
                .hasMessageContaining("exited with 4")
                .hasMessageContaining("broken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void podStartedByKubePlayServesItsImageVersion(String version, SandboxHost host) {
        String pod = "web-" + version;
        String yaml = "/root/" + pod + ".yaml";
        host.writeFile(yaml, podYaml(pod, "localhost/conductor-test-web:" + version));
        host.execOk("podman", "kube", "play", yaml);
        try {
            String address = host.podAddress(pod);
            assertThat(address).matches("10\\.(88|89)\\.\\d+\\.\\d+");
            HttpWait.Answer root = host.waitForHttp("http://" + address + ":8080/", 200, READY);
            assertThat(root.body()).isEqualTo(version + "\n");
            assertThat(host.waitForHttp("http://" + address + ":8080/health", 200, READY).body()).isEqualTo("ok\n");
        } finally {
            host.execOk("podman", "kube", "down", yaml);
        }
    }

    @Test
    void caddyAdminApiAnswersInsideButNotFromTheMachine(SandboxHost host) {
        assertThat(host.execOk("systemctl", "is-active", "caddy").stdout().strip()).isEqualTo("active");
        HttpWait.Answer config = host.waitForHttp("http://localhost:2019/config/", 200, READY);
        assertThat(config.body()).contains("\"listen\":[\":80\"]");

        // the host answers the machine on port 80 (Debian's stock welcome site) ...
        HttpWait.Answer site = HttpWait.forUrl("http://" + host.ip() + "/").withTimeout(READY).untilReadyFromMachine();
        assertThat(site.body()).contains("Caddy");
        // ... but refuses the admin port
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest admin = HttpRequest.newBuilder(URI.create("http://" + host.ip() + ":2019/config/"))
                .timeout(Duration.ofSeconds(3)).build();
        assertThatThrownBy(() -> client.send(admin, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void sshdAcceptsAnAuthorizedKey(SandboxHost host, @TempDir Path tmp) throws Exception {
        Path key = tmp.resolve("id_ed25519");
        ProcessRunner.runOk(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "sandbox-it",
                "-f", key.toString()), Duration.ofSeconds(30));
        host.execOkWithInput(Files.readAllBytes(tmp.resolve("id_ed25519.pub")),
                "sh", "-c", "cat >> /root/.ssh/authorized_keys");
        Path knownHosts = tmp.resolve("known_hosts");

        ExecResult ssh = ProcessRunner.runOk(List.of("ssh", "-F", "/dev/null", "-i", key.toString(),
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "StrictHostKeyChecking=accept-new",
                "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", "root@" + host.ip(), "hostname"),
                Duration.ofSeconds(60));

        assertThat(ssh.stdout().strip()).isEqualTo(host.name());
        assertThat(Files.readString(knownHosts)).contains(host.ip() + " ssh-ed25519 ");
    }

    @Test
    void egressOutsideTheSandboxIsRejectedInsideTheHost(SandboxHost host) {
        // 203.0.113.0/24 is TEST-NET-3 (documentation only); the host's own firewall rejects it
        ExecResult curl = host.exec("curl", "-sS", "--max-time", "5", "-o", "/dev/null", "http://203.0.113.1/");
        assertThat(curl.exitCode()).isEqualTo(7); // could not connect: rejected at once, not timed out (28)
        assertThat(host.execOk("nft", "list", "table", "inet", "conductor_sandbox").stdout())
                .contains("reject with icmpx admin-prohibited");
    }

    private static String podYaml(String pod, String image) {
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: %s
                spec:
                  containers:
                    - name: web
                      image: %s
                """.formatted(pod, image);
    }
}
