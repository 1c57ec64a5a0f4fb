package dev.conductor.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fixture.HostFixture;
import dev.conductor.console.session.AgentSession;
import dev.conductor.console.session.SessionOptions;
import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.console.ssh.SshTestHome;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless console against a real host over real OpenSSH, running the real agent; and the
 * sessions under it: over the resident agent's socket, through {@code serve --stdio} without it.
 */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final SessionOptions SESSION = SessionOptions.defaults("0.1.0");
    private static ConsoleProcess console;
    private static String root;
    private static SandboxHost host;
    private static Path home;

    @BeforeAll
    static void hostWithAgentAndKey(SandboxHost sandbox, @TempDir Path dir) throws Exception {
        host = sandbox;
        home = dir;
        root = "root@" + host.ip();
        HostFixture.installAgentWithSample(host);
        HostFixture.authorizeKey(host, home);
        console = new ConsoleProcess(home);
    }

    @Test
    @Order(1)
    void unknownHostKeyIsRefusedWithoutConsentThenTrustedOnFirstUse() throws Exception {
        ConsoleProcess.Result refused = console.run("--host", root, "hosts");
        assertThat(refused.out()).contains("failed");
        assertThat(refused.err()).contains("refusing unknown host key of " + host.ip());

        ConsoleProcess.Result trusted = console.run("--host", root, "--trust-new-host-keys", "hosts");
        assertThat(trusted.out()).containsPattern(root.replace(".", "\\.") + " +connected +0\\.1\\.0");
    }

    @Test
    @Order(2)
    void servicesShowTheDisplayColumns() throws Exception {
        ConsoleProcess.Result services = console.run("--host", root, "services");
        assertThat(services.exitCode()).as(services.err()).isZero();
        assertThat(services.out()).containsPattern("HOST +NAME +STATE +DEPLOYMENTS +TAG")
                .containsPattern("hello +Stable +hello-r1 +v1");
    }

    @Test
    @Order(2)
    void functionsAndTheirLogs() throws Exception {
        host.writeFile("/etc/conductor/services/cf/conductor-service.json", "{\"functions\": [{\"exec\": [\"./f.sh\"]}]}");
        host.writeFile("/etc/conductor/services/cf/f.sh",
                "#!/bin/sh\necho stderr-of-cf >&2\nprintf 'Content-Type: text/plain\\n\\nfrom-cf'\n");
        host.execOk("chmod", "+x", "/etc/conductor/services/cf/f.sh");
        host.execOk("conductor-agent", "reload");
        assertThat(host.execOk("curl", "-s", "http://localhost/cgi/cf").stdout()).isEqualTo("from-cf");

        ConsoleProcess.Result functions = console.run("--host", root, "functions");
        assertThat(functions.exitCode()).as(functions.err()).isZero();
        assertThat(functions.out()).containsPattern("HOST +FUNCTION +SERVICE +MODE +STATE")
                .containsPattern(" cf +cf +cgi single +serving +0 +0 +1 +0 ");
        await(() -> logsOfCf().contains("stderr-of-cf"), "the script's stderr in the function's journal");
    }

    private static String logsOfCf() {
        try {
            return console.run("--host", root, "logs", "-F", "cf", "-n", "20").out();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void deployStreamsItsProgressAndCommandsStreamTheirOutput() throws Exception {
        host.execOk("sed", "-i", "s/\"TAG\": \"v1\"/\"TAG\": \"v2\"/", "/etc/conductor/services/hello/conductor-service.json");
        ConsoleProcess.Result deploy = console.run("--host", root, "deploy", "hello", "--drain", "0");
        assertThat(deploy.exitCode()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("start", "healthy", "switched", "done");

        ConsoleProcess.Result version = console.run("--host", root, "run", "hello", "version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).isEqualTo("v2");
        assertThat(console.run("--host", root, "logs", "hello", "-n", "50").out()).contains("hello-r2");
    }

    @Test
    @Order(4)
    void watchSeesExternalChangesAndReconnectsAfterTheAgentDies() throws Exception {
        Process watch = console.start("--host", root, "watch", "--for", "150");
        try {
            await(() -> output().contains("\"kind\":\"resync\""), "first resync");
            host.execOk("systemctl", "stop", "conductor-deployment-config@hello-r2.service");
            await(() -> output().contains("\"kind\":\"deployment\""), "a deployment event after systemctl stop");

            assertThat(host.exec("pgrep", "-f", "serve --stdio").exitCode())
                    .as("the console reaches the resident agent over its socket: no serve --stdio runs").isEqualTo(1);
            host.execOk("systemctl", "kill", "--signal=KILL", "conductor-agent.service");
            await(() -> output().contains("\"state\":\"disconnected\""), "disconnected after the agent died");
            await(() -> output().lastIndexOf("\"state\":\"connected\"") > output().indexOf("\"state\":\"disconnected\""),
                    "connected again");

            host.execOk("sh", "-c", "cp -r /etc/conductor/services/hello /etc/conductor/services/hello2 && sed -i"
                    + " 's#\"/hello\"#\"/hello2\"#' /etc/conductor/services/hello2/conductor-service.json");
            host.execOk("conductor-agent", "reload");
            await(() -> output().contains("\"name\":\"hello2\""), "a service event for the new service");

            host.execOk("conductor-agent", "service", "deploy", "hello", "--drain", "0");
            await(() -> output().contains("\"name\":\"hello-r3\""), "events of a deploy made over another connection");

            int drops = count(output(), "\"state\":\"disconnected\"");
            host.execOk("pkill", "-9", "sshd");
            await(() -> count(output(), "\"state\":\"disconnected\"") > drops, "disconnected after sshd was killed");
            host.execOk("systemctl", "restart", "ssh");
            await(() -> output().lastIndexOf("\"state\":\"connected\"") > output().lastIndexOf("\"state\":\"disconnected\""),
                    "connected again once sshd is back");
            await(() -> output().lastIndexOf("\"kind\":\"resync\"") > output().lastIndexOf("\"state\":\"disconnected\""),
                    "a resync after the reconnect");
        } finally {
            watch.destroy();
            watch.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(5)
    void sessionsGoOverTheAgentsSocketWithNoProcessOnTheHost() throws Exception {
        try (SshTransport transport = transport(); SshConnection connection = transport.connect(root)) {
            try (AgentSession session = AgentSession.start(connection, SESSION)) {
                assertThat(session.describe()).isEqualTo("agent socket /run/conductor/agent.sock on " + root + ":22");
                assertThat(servicesOf(session)).contains("hello");
                assertThat(host.exec("pgrep", "-f", "serve --stdio").exitCode()).as("a serve --stdio process").isEqualTo(1);
            }
            System.out.printf("BENCH agent session on an open SSH connection, median of 5: over the agent's socket %d ms,"
                    + " exec of serve --stdio %d ms%n", medianMillis(() -> AgentSession.start(connection, SESSION).close()),
                    medianMillis(() -> AgentSession.start(connection, SESSION.withCommand("exec " + SESSION.command())).close()));
            try (AgentSession session = AgentSession.start(connection, SESSION)) {
                host.execOk("systemctl", "kill", "--signal=KILL", "conductor-agent.service");
                assertThat(session.closed().get(10, TimeUnit.SECONDS)).isEqualTo("the agent closed the connection");
            }
        }
    }

    @Test
    @Order(6)
    void withTheAgentsSocketStoppedSessionsRunServeStdio() throws Exception {
        host.execOk("systemctl", "stop", "conductor-agent.socket", "conductor-agent.service");
        try (SshTransport transport = transport(); SshConnection connection = transport.connect(root);
             AgentSession session = AgentSession.start(connection, SESSION)) {
            assertThat(session.describe()).isEqualTo("'conductor-agent serve --stdio' on " + root + ":22");
            assertThat(servicesOf(session)).contains("hello");
            assertThat(host.exec("pgrep", "-f", "serve --stdio").exitCode()).as("a serve --stdio process").isZero();
            ConsoleProcess.Result services = console.run("--host", root, "services");
            assertThat(services.exitCode()).as(services.err()).isZero();
            assertThat(services.out()).containsPattern("hello +Stable");
        } finally {
            host.execOk("systemctl", "start", "conductor-agent.socket");
        }
    }

    private static SshTransport transport() {
        return new SshTransport(SshTestHome.empty(home).options(HostKeyTrust.ACCEPT_NEW));
    }

    private static List<String> servicesOf(AgentSession session) throws Exception {
        return session.call(MethodNames.SERVICES_LIST, NoParams.NONE).get(10, TimeUnit.SECONDS).services().stream()
                .map(ServiceRow::name).toList();
    }

    private static long medianMillis(Runnable work) {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String output() {
        try {
            return console.out();
        } catch (Exception e) {
            return "";
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within 45 s; watch printed:\n" + output());
            }
            Thread.sleep(100);
        }
    }
}
