package dev.conductor.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host without an agent: the console says so, installs the real agent over SSH, lists it, and
 * updates it (to the same jar: the upload, the swap and the restart are what is tested).
 */
@SandboxTest
class BootstrapIT {

    @Test
    void installsTheAgentOnAHostThatHasNoneThenListsItsServices(SandboxHost host, @TempDir Path home) throws Exception {
        HostFixture.authorizeKey(host, home);
        ConsoleProcess console = new ConsoleProcess(home);
        String root = "root@" + host.ip();

        ConsoleProcess.Result missing = console.run("--trust-new-host-keys", "--host", root, "hosts");
        assertThat(missing.out()).contains("failed").containsIgnoringCase("agent");

        ConsoleProcess.Result install = console.run("--host", root, "install-agent", "--jar", HostFixture.AGENT_JAR.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(install.out()).contains("java 17").contains("uploaded").contains("agent installed");

        ConsoleProcess.Result hosts = console.run("--host", root, "hosts");
        assertThat(hosts.out()).containsPattern("connected +0\\.1\\.0");
        ConsoleProcess.Result services = console.run("--host", root, "services", "--json");
        assertThat(services.exitCode()).as(services.err()).isZero();
        assertThat(services.out().strip()).isEqualTo("[ ]");

        ConsoleProcess.Result update = console.run("--host", root, "update-agent", "--jar", HostFixture.AGENT_JAR.toString());
        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(update.out()).contains("uploaded").contains("restarted conductor-agent.service")
                .contains("agent updated");
        assertThat(console.run("--host", root, "hosts").out()).containsPattern("connected +0\\.1\\.0");
    }
}
