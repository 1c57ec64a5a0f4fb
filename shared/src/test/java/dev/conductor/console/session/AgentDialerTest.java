package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.console.ssh.SshTransportException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AgentDialerTest {

    private static final SessionOptions OPTIONS = SessionOptions.defaults("0.2.0").withHelloTimeout(Duration.ofSeconds(5));
    private static final String SOCKET = "agent socket /run/conductor/agent.sock on test";
    private static final String COMMAND = "'conductor-agent serve --stdio' on test";

    private final FakeHost host = new FakeHost();

    @Test
    void theDefaultCommandGoesOverTheAgentsSocketAndStartsNothing() {
        host.socket.send(StdioUpgradeTest.SWITCHED).sayHello();

        try (AgentSession session = AgentDialer.start(host, OPTIONS)) {
            assertThat(session.describe()).isEqualTo(SOCKET);
            assertThat(session.hello().hostname()).isEqualTo("h1");
            assertThat(host.asked).containsExactly("socket /run/conductor/agent.sock");
            assertThat(host.socket.heard()).isEqualTo("POST /v1/stdio HTTP/1.1");
        }
    }

    @Test
    void aSocketThatCannotBeHadFallsBackToTheCommand() {
        host.refusal = new SshTransportException("cannot connect to the socket /run/conductor/agent.sock on test:"
                + " sshd refused the channel (SSH_OPEN_CONNECT_FAILED: open failed)");
        host.command.sayHello();

        try (AgentSession session = AgentDialer.start(host, OPTIONS)) {
            assertThat(session.describe()).isEqualTo(COMMAND);
            assertThat(host.asked).containsExactly("socket /run/conductor/agent.sock", "command conductor-agent serve --stdio");
        }
    }

    @Test
    void anAgentThatDoesNotUpgradeFallsBackToTheCommandAndItsSocketIsClosed() {
        host.socket.send("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\nno such path: POST /v1/stdio\n");
        host.command.sayHello();

        try (AgentSession session = AgentDialer.start(host, OPTIONS)) {
            assertThat(session.describe()).isEqualTo(COMMAND);
            assertThat(host.socket.closedByConsole()).isTrue();
        }
    }

    @Test
    void aCustomCommandRunsAsItIsWithoutTryingTheSocket() {
        host.command.sayHello();

        try (AgentSession session = AgentDialer.start(host, OPTIONS.withCommand("sudo conductor-agent serve --stdio"))) {
            assertThat(session.describe()).isEqualTo(COMMAND);
            assertThat(host.asked).containsExactly("command sudo conductor-agent serve --stdio");
        }
    }

    @Test
    void whenTheCommandFailsTooItsFailureIsReportedWithTheSocketsAlong() {
        host.refusal = new SshTransportException("cannot connect to the socket /run/conductor/agent.sock on test:"
                + " sshd refused the channel (SSH_OPEN_CONNECT_FAILED: open failed)");
        host.command.stderr("bash: line 1: conductor-agent: command not found\n");
        host.command.exit(127);

        assertThatThrownBy(() -> AgentDialer.start(host, OPTIONS))
                .isInstanceOf(AgentMissingException.class)
                .hasMessageEndingWith("(exit status 127): bash: line 1: conductor-agent: command not found")
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(host.refusal));
    }

    @Test
    void onceUpgradedTheAgentsWordsStandWithoutAFallback() {
        host.socket.send(StdioUpgradeTest.SWITCHED)
                .say("{\"type\":\"hello\",\"protocol\":2,\"agent_version\":\"3.0.0\",\"hostname\":\"h1\"}");

        assertThatThrownBy(() -> AgentDialer.start(host, OPTIONS))
                .isInstanceOf(ProtocolMismatchException.class)
                .hasMessageStartingWith(SOCKET + " speaks protocol 2");
        assertThat(host.asked).containsExactly("socket /run/conductor/agent.sock");
    }

    private static final class FakeHost implements AgentHost {

        final PipeAgent socket = new PipeAgent(SOCKET);
        final PipeAgent command = new PipeAgent(COMMAND);
        final List<String> asked = new CopyOnWriteArrayList<>();
        volatile RuntimeException refusal;

        @Override
        public AgentChannel socket(String path) {
            asked.add("socket " + path);
            if (refusal != null) {
                throw refusal;
            }
            return socket;
        }

        @Override
        public AgentChannel command(String command) {
            asked.add("command " + command);
            return this.command;
        }
    }
}
