package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.Apt;
import dev.conductor.sandbox.ExecResult;
import dev.conductor.sandbox.FileListing;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The agent's .deb on a fresh host, offline: {@code apt-get install ./FILE.deb} installs the agent and
 * it serves the sample service, {@code remove} keeps the operator's files, {@code purge} leaves
 * the host's files as they were before.
 */
@SandboxTest(host = "pkg-it-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDebIT {

    static final Path DEB = Path.of("..", "installers", "target",
            "conductor-agent_" + System.getProperty("conductor.version").replace('-', '~') + "_all.deb");
    private static final String IN_HOST = "/tmp/conductor-agent.deb";
    private static FileListing before;

    @BeforeAll
    static void copyInAndListFiles(SandboxHost host) {
        host.copyIn(DEB, IN_HOST);
        before = FileListing.of(host);
    }

    @Test
    @Order(1)
    void aptGetInstallsTheAgentOfflineAndItServesTheSample(SandboxHost host) {
        ExecResult install = Apt.getOk(host, "install", IN_HOST);
        assertThat(install.stdout()).contains("system install: done");
        assertThat(host.execOk("dpkg-query", "-W", "-f", "${Status} ${Version}", "conductor-agent").stdout())
                .isEqualTo("install ok installed " + System.getProperty("conductor.version").replace('-', '~'));
        assertThat(host.execOk("conductor-agent", "--version").stdout())
                .startsWith("conductor-agent " + System.getProperty("conductor.version"));
        AgentHost agent = AgentHost.attach(host);
        agent.addSample("hello", "hello");
        agent.agentOk("service", "wait", "hello", "--timeout", "60");
        assertThat(agent.viaCaddy("/hello/")).isEqualTo("200 v1");
    }

    @Test
    @Order(2)
    void removeUninstallsTheAgentAndKeepsTheOperatorsServices(SandboxHost host) {
        assertThat(Apt.getOk(host, "remove", "conductor-agent").stdout()).contains("system uninstall: done");
        assertThat(host.exec("test", "-e", InstallLayout.LAUNCHER).succeeded()).as(InstallLayout.LAUNCHER).isFalse();
        assertThat(host.exec("systemctl", "cat", "conductor-agent.service").succeeded()).isFalse();
        assertThat(host.execOk("podman", "pod", "ls", "-q").stdout()).as("the sample's pod").isEmpty();
        assertThat(host.readFile("/etc/conductor/services/hello/conductor-service.json")).contains("\"hello\"");
        assertThat(host.waitForHttp("http://localhost/", 200, Duration.ofSeconds(30)).body()).contains("Caddy works!");
    }

    @Test
    @Order(3)
    void purgeLeavesNoFileBehind(SandboxHost host) {
        Apt.getOk(host, "purge", "conductor-agent");
        assertThat(host.exec("dpkg-query", "-W", "conductor-agent").succeeded()).as("dpkg knows the package").isFalse();
        FileListing after = FileListing.of(host);
        assertThat(after.addedSince(before)).as("files left behind").isEmpty();
        assertThat(before.addedSince(after)).as("files gone").isEmpty();
    }
}
