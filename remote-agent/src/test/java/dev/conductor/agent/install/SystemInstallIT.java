package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.HttpWait;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code system install} and {@code uninstall} of the packaged jar on a real host, steps in order. */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemInstallIT {

    private static final Path JAR = Path.of("target", "conductor-agent.jar");
    private static final String INSTALL_JAR = "/tmp/conductor-agent.jar";
    private static final String AGENT = "/usr/local/bin/conductor-agent";
    private static final String DROP_IN = "/run/systemd/system/conductor-service@web.service.d/50-conductor.conf";
    private static final Duration READY = Duration.ofSeconds(30);
    private static final String SOCKET = "/run/caddy-admin/admin.sock";
    private static final String[] AS_NOBODY = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"};

    @BeforeAll
    static void copyTheJarIn(SandboxHost host) {
        host.copyIn(JAR, INSTALL_JAR);
    }

    @Test
    @Order(1)
    void refusesWhileAnotherCaddyServerHoldsPort80(SandboxHost host) {
        host.writeFile("/etc/caddy/Caddyfile", "{\n\tadmin localhost:2019\n}\n:80 {\n\trespond \"my site\" 200\n}\n");
        host.execOk("systemctl", "restart", "caddy.service");
        ExecResult result = host.exec("java", "-jar", INSTALL_JAR, "system", "install");
        assertThat(result.exitCode()).as("stdout: %s", result.stdout()).isEqualTo(1);
        assertThat(result.stderr()).contains("'srv0' already listens on ':80'").contains("/etc/caddy/Caddyfile");
        assertThat(host.exec("test", "-e", AGENT).succeeded()).isFalse();
    }

    @Test
    @Order(2)
    void installReplacesDebiansWelcomePageWithConductorServer(SandboxHost host) {
        host.writeFile("/etc/caddy/Caddyfile", stockCaddyfile());
        host.execOk("systemctl", "restart", "caddy.service");
        assertThat(host.waitForHttp("http://localhost/", 200, READY).body()).contains("Caddy works!");

        String out = host.execOk("java", "-jar", INSTALL_JAR, "system", "install").stdout();
        assertThat(out).contains("changed  Caddyfile").contains("system install: done");
        assertThat(host.readFile("/etc/caddy/Caddyfile.conductor-backup")).isEqualTo(stockCaddyfile());
        assertThat(host.execOk(AGENT, "--version").stdout()).startsWith("conductor-agent " + System.getProperty("conductor.version"));
        assertThat(host.exec("test", "-s", "/usr/local/lib/conductor/conductor-agent.jsa").exitCode())
                .as("class data archive for a faster agent start").isZero();
        assertThat(host.execOk("systemctl", "is-enabled", "conductor-caddy.service", "conductor-reload.service").stdout())
                .isEqualTo("enabled\nenabled\n");
        assertThat(host.execOk("systemctl", "is-active", "conductor-caddy.service").stdout()).isEqualTo("active\n");
        assertThat(host.waitForHttp("http://localhost:80/", 200, READY).body()).isEmpty();
        assertConductorServer(host);
    }

    @Test
    @Order(3)
    void adminApiIsOnARootOnlySocket(SandboxHost host) {
        assertAdminOnlyOnRootSocket(host);
        ExecResult delete = host.exec(withPrefix(AS_NOBODY, "curl", "-sS", "-X", "DELETE", "--unix-socket", SOCKET,
                "http://localhost/id/conductor-server"));
        assertThat(delete.exitCode()).as("nobody's DELETE: %s", delete.stderr()).isEqualTo(7);
        assertConductorServer(host);

        // root's routes through the socket serve on conductor-server
        host.execOk("curl", "-sf", "--unix-socket", SOCKET, "-H", "Content-Type: application/json",
                "http://localhost/id/conductor-server/routes", "-d", "{\"@id\": \"it-socket\", \"match\": [{\"path\":"
                        + " [\"/it-socket\"]}], \"handle\": [{\"handler\": \"static_response\", \"body\": \"via socket\"}]}");
        assertThat(host.waitForHttp("http://localhost/it-socket", 200, READY).body()).isEqualTo("via socket");
        host.execOk("curl", "-sf", "-X", "DELETE", "--unix-socket", SOCKET, "http://localhost/id/it-socket");
        assertThat(host.execOk("systemctl", "show", "-p", "DropInPaths", "--value", "caddy.service").stdout())
                .contains("/etc/systemd/system/caddy.service.d/conductor-admin.conf");
    }

    @Test
    @Order(4)
    void systemdKnowsEveryUnitAsWritten(SandboxHost host) {
        for (String unit : UnitFiles.STATIC_UNITS.stream().filter(u -> !u.startsWith("conductor-agent.")).toList()) {
            assertThat(host.execOk("systemctl", "cat", unit).stdout()).as(unit)
                    .containsPattern("ExecStart=(/bin/sh -c '.*exec )?" + InstallLayout.UNIT_CLIENT + " ")
                    .contains("Type=oneshot");
        }
        assertThat(host.execOk("systemctl", "cat", "conductor-agent.service").stdout())
                .contains("ExecStart=" + AGENT + " daemon");
        assertThat(host.execOk("systemctl", "is-active", "conductor-agent.socket", "conductor-agent.service").stdout())
                .isEqualTo("active\nactive\n");
        ExecResult verify = host.exec("systemd-analyze", "verify", "conductor-service@web.service",
                "conductor-service-config@web.service", "conductor-deployment@web-r1.service",
                "conductor-deployment-config@web-r1.service", "conductor-caddy.service", "conductor-reload.service",
                "conductor-agent.socket", "conductor-agent.service");
        assertThat(verify.stdout() + verify.stderr()).as("systemd-analyze verify").doesNotContain("conductor-");
    }

    @Test
    @Order(5)
    void caddyRestartBringsConductorServerBack(SandboxHost host) {
        String before = invocation(host, "conductor-caddy.service");
        host.execOk("systemctl", "restart", "caddy.service");
        assertThat(adminApi(host, "/id/conductor-server").body()).contains("conductor-server");
        assertThat(invocation(host, "conductor-caddy.service")).as("conductor-caddy ran again").isNotEqualTo(before);
        assertConductorServer(host);
        assertAdminOnlyOnRootSocket(host);
        awaitActive(host, "conductor-caddy.service");
    }

    @Test
    @Order(6)
    void caddyReloadBringsConductorServerBack(SandboxHost host) {
        // 'caddy reload' loads the Caddyfile, which replaces everything posted to the admin API
        host.execOk("systemctl", "reload", "caddy.service");
        assertThat(adminApi(host, "/id/conductor-server").body()).contains("conductor-server");
        assertAdminOnlyOnRootSocket(host);
        awaitActive(host, "conductor-caddy.service");
        host.execOk("systemctl", "reload", "caddy.service");
        assertThat(adminApi(host, "/id/conductor-server").body()).as("after a second reload").contains("conductor-server");
    }

    @Test
    @Order(7)
    void reinstallMovesAnEarlierInstallsAdminApiFromTcpToTheSocket(SandboxHost host) {
        // a host that an earlier version installed: its Caddyfile, no drop-in, the API on localhost:2019
        host.writeFile("/etc/caddy/Caddyfile", resource("earlier-Caddyfile-tcp-admin"));
        host.execOk("rm", "/etc/systemd/system/caddy.service.d/conductor-admin.conf");
        host.execOk("systemctl", "daemon-reload");
        awaitActive(host, "conductor-caddy.service");
        host.execOk("systemctl", "restart", "caddy.service");
        assertThat(host.waitForHttp("http://localhost:2019/id/conductor-server", 200, READY).body())
                .as("the agent follows the Caddyfile to TCP").contains("conductor-server");
        awaitActive(host, "conductor-caddy.service");

        String out = host.execOk(AGENT, "system", "install").stdout();
        assertThat(out).contains("from localhost:2019").contains("restarted caddy.service");
        assertThat(host.readFile("/etc/caddy/Caddyfile")).isEqualTo(resource("Caddyfile"));
        assertThat(host.readFile("/etc/caddy/Caddyfile.conductor-backup")).isEqualTo(stockCaddyfile());
        assertThat(adminApi(host, "/id/conductor-server").body()).contains("conductor-server");
        assertAdminOnlyOnRootSocket(host);
        awaitActive(host, "conductor-caddy.service");
    }

    @Test
    @Order(8)
    void secondInstallChangesNothing(SandboxHost host) throws Exception {
        assertThat(host.execOk("java", "-jar", INSTALL_JAR, "system", "install").stdout())
                .contains("system install: nothing changed").doesNotContain("changed  ");
        JsonNode json = new ObjectMapper().readTree(host.execOk(AGENT, "system", "install", "--json").stdout());
        assertThat(json.get("changed").asBoolean()).isFalse();
        assertThat(json.get("ok").asBoolean()).isTrue();
    }

    @Test
    @Order(9)
    void adminApiIsNotReachableFromTheNetwork(SandboxHost host) {
        // the host answers this machine on :80, so a refusal on :2019 is the admin API's own doing
        HttpWait.forUrl("http://" + host.ip() + ":80/").withTimeout(READY).untilReadyFromMachine();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host.ip(), 2019), 3000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    @Order(10)
    void uninstallRemovesWhatInstallAddedAndRestoresTheCaddyfile(SandboxHost host) {
        host.writeFile(DROP_IN, "[Service]\nLogExtraFields=CONDUCTOR_APP=web\n");
        host.execOk("systemctl", "daemon-reload");

        String out = host.execOk(AGENT, "system", "uninstall").stdout();
        assertThat(out).contains("system uninstall: done");
        for (String path : new String[] {AGENT, "/usr/local/lib/conductor", DROP_IN,
                "/etc/systemd/system/caddy.service.wants/conductor-caddy.service",
                "/etc/systemd/system/multi-user.target.wants/conductor-reload.service",
                "/etc/systemd/system/caddy.service.d/conductor-admin.conf",
                "/etc/caddy/Caddyfile.conductor-backup"}) {
            assertThat(host.exec("test", "-e", path).succeeded()).as(path + " exists").isFalse();
        }
        for (String unit : UnitFiles.STATIC_UNITS) {
            assertThat(host.exec("systemctl", "cat", unit).succeeded()).as(unit + " known to systemd").isFalse();
        }
        assertThat(host.readFile("/etc/caddy/Caddyfile")).isEqualTo(stockCaddyfile());
        assertThat(host.exec("curl", "-sf", "http://localhost:2019/id/conductor-server").succeeded()).isFalse();
        assertThat(host.waitForHttp("http://localhost/", 200, READY).body()).contains("Caddy works!");
        assertThat(host.exec("test", "-d", "/etc/conductor/services").succeeded()).as("operator data kept").isTrue();
    }

    @Test
    @Order(11)
    void secondUninstallChangesNothing(SandboxHost host) {
        assertThat(host.execOk("java", "-jar", INSTALL_JAR, "system", "uninstall").stdout())
                .contains("system uninstall: nothing changed");
    }

    private static void assertConductorServer(SandboxHost host) {
        JsonNode server = json(host.execOk("curl", "-sf", "--unix-socket", SOCKET, "http://localhost/id/conductor-server")
                .stdout());
        assertThat(server).isEqualTo(ConductorServer.definition(":80"));
    }

    /** TCP 2019 is closed, root reaches the API on the socket, user nobody is refused by the directory. */
    private static void assertAdminOnlyOnRootSocket(SandboxHost host) {
        ExecResult tcp = host.exec("curl", "-sS", "--max-time", "3", "http://localhost:2019/config/");
        assertThat(tcp.exitCode()).as("curl localhost:2019: %s", tcp.stderr()).isEqualTo(7);
        assertThat(host.execOk("curl", "-sf", "--unix-socket", SOCKET, "http://localhost/config/admin/listen").stdout())
                .isEqualTo("\"unix/" + SOCKET + "\"\n");
        assertThat(host.execOk("stat", "-c", "%a %U %G", "/run/caddy-admin").stdout()).isEqualTo("700 caddy caddy\n");
        ExecResult nobody = host.exec(withPrefix(AS_NOBODY, "curl", "-sSv", "--unix-socket", SOCKET,
                "http://localhost/config/"));
        assertThat(nobody.exitCode()).as("curl as nobody: %s", nobody.stderr()).isEqualTo(7);
        assertThat(nobody.stderr()).contains("Permission denied");
    }

    private static HttpWait.Answer adminApi(SandboxHost host, String path) {
        return HttpWait.forUrl("http://localhost" + path).throughUnixSocket(SOCKET).withTimeout(READY)
                .untilReadyInside(host);
    }

    private static String[] withPrefix(String[] prefix, String... command) {
        String[] all = Arrays.copyOf(prefix, prefix.length + command.length);
        System.arraycopy(command, 0, all, prefix.length, command.length);
        return all;
    }

    /**
     * systemd propagates a reload or restart of caddy to conductor-caddy only once that is active;
     * one that lands while its ensure is still finishing is dropped.
     */
    private static void awaitActive(SandboxHost host, String unit) {
        long deadline = System.nanoTime() + READY.toNanos();
        while (!host.exec("systemctl", "is-active", "--quiet", unit).succeeded()) {
            assertThat(System.nanoTime() - deadline).as(unit + " active within " + READY).isNegative();
            host.exec("sleep", "0.2");
        }
    }

    private static String invocation(SandboxHost host, String unit) {
        return host.execOk("systemctl", "show", "--value", "-p", "InvocationID", unit).stdout().strip();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static String stockCaddyfile() {
        return resource("debian-stock-Caddyfile");
    }

    private static String resource(String name) {
        try (InputStream in = StockCaddyfile.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError("missing resource " + name, e);
        }
    }
}
