package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.console.ssh.SshTestHome;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.NoResult;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agent sessions over real SSH to a sandbox host, against a fake agent script and none at all. */
@SandboxTest
class AgentSessionIT {

    private static SandboxHost host;
    private static SshTransport transport;

    @BeforeAll
    static void setUp(@TempDir Path dir) {
        SshTestHome home = SshTestHome.create(dir);
        home.authorize("id_ed25519", host);
        FakeAgentScript.install(host);
        transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW));
    }

    @AfterAll
    static void tearDown() {
        transport.close();
    }

    private static AgentSession session() {
        return AgentSession.start(transport.connect("root@" + host.ip()), FakeAgentScript.options("0.1.0"));
    }

    @Test
    void shakesHandsThenCallsAndStreamsConcurrently() throws Exception {
        try (AgentSession session = session()) {
            assertThat(session.hello().hostname()).isEqualTo(host.name());
            assertThat(session.hello().agentVersion()).isEqualTo("0.1.0");
            assertThat(host.readFile("/tmp/fake-agent-console-hello.json"))
                    .contains("\"console_version\":\"0.2.0\"").contains("\"type\":\"hello\"");

            List<CompletableFuture<JsonNode>> echoes = IntStream.range(0, 20)
                    .mapToObj(i -> session.call(FakeAgentMethods.ECHO, new FakeAgentMethods.Echo(i))).toList();
            List<Integer> ticks = new CopyOnWriteArrayList<>();
            Subscription<FakeAgentMethods.Count> stream = session.stream(FakeAgentMethods.STREAM, new FakeAgentMethods.Count(200),
                    event -> ticks.add(event.data().get("n").asInt()));

            for (int i = 0; i < 20; i++) {
                assertThat(echoes.get(i).get(10, TimeUnit.SECONDS).get("i").asInt()).isEqualTo(i);
            }
            assertThat(stream.result().get(10, TimeUnit.SECONDS).count()).isEqualTo(200);
            assertThat(ticks).isEqualTo(IntStream.range(0, 200).boxed().toList());
        }
    }

    @Test
    void aFollowedStreamRunsUntilCancelledAndErrorsCarryTheAgentsWords() throws Exception {
        try (AgentSession session = session()) {
            CompletableFuture<Void> threeLines = new CompletableFuture<>();
            List<String> lines = new CopyOnWriteArrayList<>();
            Subscription<NoResult> follow = session.stream(FakeAgentMethods.FOLLOW, NoParams.NONE, event -> {
                lines.add(event.data().get("message").asText());
                if (lines.size() == 3) {
                    threeLines.complete(null);
                }
            });
            threeLines.get(10, TimeUnit.SECONDS);
            follow.cancel();
            assertThat(follow.result().get(10, TimeUnit.SECONDS)).as("no result after a cancel").isNull();
            assertThat(lines).startsWith("line 1", "line 2", "line 3");

            assertThatThrownBy(() -> session.call(FakeAgentMethods.FAIL, new NameParams("ghost")).get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(AgentCallException.class)
                    .hasMessage("fail failed on '" + FakeAgentScript.options("0.1.0").command() + "' on root@"
                            + host.ip() + ":22: not_found: no service 'ghost'");
        }
    }

    @Test
    void aHostWithoutTheAgentSaysSoWithTheShellsWords() {
        assertThat(host.exec("sh", "-c", "command -v conductor-agent").exitCode())
                .as("precondition: no conductor-agent on the host").isNotZero();
        SshConnection connection = transport.connect("root@" + host.ip());

        assertThatThrownBy(() -> AgentSession.start(connection, SessionOptions.defaults("0.2.0")))
                .isInstanceOf(AgentMissingException.class)
                .hasMessage("the agent is not installed, or too old, on the host: 'conductor-agent serve --stdio' on root@"
                        + host.ip() + ":22 failed (exit status 127): bash: line 1: conductor-agent: command not found")
                .satisfies(e -> assertThat(e.getSuppressed()).as("tried first: the resident agent's socket")
                        .singleElement().extracting(Throwable::getMessage)
                        .isEqualTo("cannot connect to the socket /run/conductor/agent.sock on root@" + host.ip()
                                + ":22: sshd refused the channel (SSH_OPEN_CONNECT_FAILED: open failed)"));
        connection.close();
    }

    @Test
    void somethingElseOnStdoutIsQuoted() {
        try (SshConnection connection = transport.connect("root@" + host.ip())) {
            assertThatThrownBy(() -> AgentSession.start(connection,
                    FakeAgentScript.options("x").withCommand("echo 'Welcome to the host'; sleep 30")))
                    .isExactlyInstanceOf(AgentSessionException.class)
                    .hasMessageEndingWith("printed something that is not the agent protocol: 'Welcome to the host'");
        }
    }

    @Test
    void killingTheAgentFailsTheRequestInFlightAsOutcomeUnknown() throws Exception {
        try (AgentSession session = session()) {
            CompletableFuture<NoResult> hanging = session.call(FakeAgentMethods.HANG, NoParams.NONE);
            session.call(FakeAgentMethods.ECHO, new FakeAgentMethods.Echo(null)).get(10, TimeUnit.SECONDS); // "hang" has reached the agent

            host.execOk("pkill", "-f", "fake-agent.py");

            assertThatThrownBy(() -> hanging.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(OutcomeUnknownException.class)
                    .hasMessageStartingWith("request 1 (hang) was sent to '")
                    .hasMessageEndingWith("but the agent was killed by signal TERM before an answer: its outcome is unknown");
            assertThat(session.closed().get(10, TimeUnit.SECONDS)).isEqualTo("the agent was killed by signal TERM");
        }
    }

    @Test
    void killingTheSshServerSideFailsTheRequestAndClosesTheConnection() throws Exception {
        SshConnection connection = transport.connect("root@" + host.ip());
        CompletableFuture<Void> connectionClosed = new CompletableFuture<>();
        connection.onClose(() -> connectionClosed.complete(null));
        try (AgentSession session = AgentSession.start(connection, FakeAgentScript.options("0.1.0"))) {
            CompletableFuture<NoResult> hanging = session.call(FakeAgentMethods.HANG, NoParams.NONE);
            session.call(FakeAgentMethods.ECHO, new FakeAgentMethods.Echo(null)).get(10, TimeUnit.SECONDS);

            host.execOk("pkill", "-KILL", "-f", "^sshd: root");

            assertThatThrownBy(() -> hanging.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(OutcomeUnknownException.class)
                    .hasMessageEndingWith("but the connection dropped before an answer: its outcome is unknown");
            connectionClosed.get(10, TimeUnit.SECONDS);
            assertThat(connection.isOpen()).isFalse();
        }
    }

    @Test
    void theSshConnectorGivesLinksAndSaysWhenRetryingCannotHelp() throws Exception {
        SshAgentConnector connector = new SshAgentConnector(transport, FakeAgentScript.options("0.1.0"));
        AgentLink link = connector.connect("root@" + host.ip());
        assertThat(link.hello().hostname()).isEqualTo(host.name());
        assertThat(link.call(FakeAgentMethods.ECHO, new FakeAgentMethods.Echo(null)).get(10, TimeUnit.SECONDS).isObject()).isTrue();
        link.close();
        assertThat(link.closed().get(10, TimeUnit.SECONDS)).isEmpty();

        SshAgentConnector noAgent = new SshAgentConnector(transport, SessionOptions.defaults("0.2.0"));
        assertThatThrownBy(() -> noAgent.connect("root@" + host.ip()))
                .isInstanceOfSatisfying(LinkFailedException.class, e -> assertThat(e.retryable()).isFalse())
                .hasCauseInstanceOf(AgentMissingException.class);
        assertThatThrownBy(() -> connector.connect("root@" + host.ip() + ":2"))
                .isInstanceOfSatisfying(LinkFailedException.class, e -> assertThat(e.retryable()).isTrue());
    }
}
