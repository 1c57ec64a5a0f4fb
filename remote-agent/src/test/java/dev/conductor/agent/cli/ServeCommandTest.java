package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void serveIsMountedAndInsistsOnItsOnlyTransport() {
        CommandLine agent = AgentMain.commandLine();
        StringWriter err = new StringWriter();
        agent.setErr(new PrintWriter(err, true));

        assertThat(agent.getSubcommands()).containsKey("serve");
        assertThat(agent.execute("serve")).isEqualTo(2);
        assertThat(err.toString()).contains("--stdio");
    }
}
