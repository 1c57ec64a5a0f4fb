package dev.conductor.gui.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentProbeTest {

    @Test
    void readsTheVersionTheAgentPrints() {
        assertThat(AgentProbe.parse("conductor-agent 0.1.0-SNAPSHOT\n")).contains("0.1.0-SNAPSHOT");
    }

    @Test
    void otherOutputIsNoAgent() {
        assertThat(AgentProbe.parse("bash: conductor-agent: command not found")).isEmpty();
    }
}
