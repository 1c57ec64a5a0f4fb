package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardingTest {

    @Test
    void engineCommandsGoToTheResidentAgent() {
        assertThat(Forwarding.toAgent(new String[] {"reload"})).isTrue();
        assertThat(Forwarding.toAgent(new String[] {"service", "deploy", "web"})).isTrue();
        assertThat(Forwarding.toAgent(new String[] {"deployment", "ls", "--json"})).isTrue();
    }

    @Test
    void terminalInstallAndAgentCommandsStayInTheCli() {
        for (String first : new String[] {"--local", "daemon", "system", "serve", "run", "check", "_", "--help", "-V"}) {
            assertThat(Forwarding.toAgent(new String[] {first, "x"})).as(first).isFalse();
        }
        assertThat(Forwarding.toAgent(new String[] {"service", "logs", "web", "-f"})).isFalse();
        assertThat(Forwarding.toAgent(new String[] {"action", "run", "web", "migrate"})).isFalse();
        assertThat(Forwarding.toAgent(new String[] {"action", "ls"})).isTrue();
        assertThat(Forwarding.toAgent(new String[0])).isFalse();
    }

    @Test
    void caddyConfigCarriesTheTemplatesFunctionToTheAgent() {
        assertThat(Forwarding.forwarded(new String[] {"function", "caddy-config"}, "web-api"))
                .containsExactly("function", "caddy-config", "--id", "web-api");
        assertThat(Forwarding.forwarded(new String[] {"function", "caddy-config", "--id", "x"}, "web-api"))
                .containsExactly("function", "caddy-config", "--id", "x");
        assertThat(Forwarding.forwarded(new String[] {"function", "caddy-config"}, null))
                .containsExactly("function", "caddy-config");
        assertThat(Forwarding.forwarded(new String[] {"reload"}, "web-api")).containsExactly("reload");
    }
}
