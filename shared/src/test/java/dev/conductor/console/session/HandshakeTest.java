package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    private static final SessionOptions OPTIONS = SessionOptions.defaults("0.2.0").withHelloTimeout(Duration.ofSeconds(5));

    private final PipeAgent agent = new PipeAgent();

    @Test
    void commandNotFoundMeansTheAgentIsMissing() {
        agent.stderr("bash: line 1: conductor-agent: command not found\n");
        agent.exit(127);

        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS))
                .isInstanceOf(AgentMissingException.class)
                .hasMessage("the agent is not installed, or too old, on the host: 'fake agent' on test failed"
                        + " (exit status 127): bash: line 1: conductor-agent: command not found");
        assertThat(agent.closedByConsole()).isTrue();
    }

    @Test
    void anAgentTooOldToServeIsMissingToo() {
        agent.stderr("Unmatched argument at index 0: 'serve'\nUsage: conductor-agent [-hV] [COMMAND]\n");
        agent.exit(2);

        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS))
                .isInstanceOf(AgentMissingException.class)
                .hasMessageContaining("(exit status 2)");
    }

    @Test
    void notFoundPrintedOnStdoutMeansMissing() {
        agent.say("conductor-agent: command not found");

        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS))
                .isInstanceOf(AgentMissingException.class)
                .hasMessageEndingWith("failed: conductor-agent: command not found");
    }

    @Test
    void anythingElseOnStdoutIsQuotedAsNotTheProtocol() {
        agent.say("Welcome to host h1! Last login: yesterday");

        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS))
                .isInstanceOf(AgentSessionException.class)
                .isNotInstanceOf(AgentMissingException.class)
                .hasMessage("'fake agent' on test printed something that is not the agent protocol:"
                        + " 'Welcome to host h1! Last login: yesterday'");
    }

    @Test
    void endingWithoutHelloNamesTheExitStatusAndStderr() {
        agent.stderr("Exception in thread \"main\" java.lang.OutOfMemoryError\n");
        agent.exit(1);

        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS))
                .isInstanceOf(AgentSessionException.class)
                .hasMessage("'fake agent' on test ended before saying hello (exit status 1);"
                        + " stderr: Exception in thread \"main\" java.lang.OutOfMemoryError");
    }

    @Test
    void silenceTimesOut() {
        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS.withHelloTimeout(Duration.ofMillis(300))))
                .isInstanceOf(AgentSessionException.class)
                .hasMessage("'fake agent' on test did not say hello within 300 ms");
        assertThat(agent.closedByConsole()).isTrue();
    }

    @Test
    void anotherProtocolVersionIsRefusedWithTheAgentsHello() {
        agent.say("{\"type\":\"hello\",\"protocol\":2,\"agent_version\":\"3.0.0\",\"hostname\":\"h1\"}");

        assertThatThrownBy(() -> AgentSession.open(agent, OPTIONS))
                .isInstanceOf(ProtocolMismatchException.class)
                .hasMessage("'fake agent' on test speaks protocol 2 (agent 3.0.0), this console speaks protocol 1")
                .satisfies(e -> assertThat(((ProtocolMismatchException) e).agentHello().agentVersion()).isEqualTo("3.0.0"));
    }
}
