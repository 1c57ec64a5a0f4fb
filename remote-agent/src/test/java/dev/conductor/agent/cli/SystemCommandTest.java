package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conductor.agent.install.InstallException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SystemCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine commandLine = new CommandLine(new SystemCommand())
            .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

    @Test
    void textListsEachStepAndSaysWhenNothingChanged() {
        int code = SystemCommand.execute(installSpec(), false, "install", report -> {
            report.changed("launcher", "wrote /usr/local/bin/conductor-agent");
            report.unchanged("unit", "/etc/systemd/system/conductor-caddy.service is up to date");
        });
        assertThat(code).isZero();
        assertThat(out.toString()).contains("changed  launcher         wrote /usr/local/bin/conductor-agent")
                .contains("ok       unit             /etc/systemd/system/conductor-caddy.service is up to date")
                .endsWith("system install: done\n");

        out.getBuffer().setLength(0);
        SystemCommand.execute(installSpec(), false, "install", report -> report.unchanged("unit", "up to date"));
        assertThat(out.toString()).endsWith("system install: nothing changed\n");
    }

    @Test
    void failureKeepsWhatWasDoneAndExitsOne() throws Exception {
        int code = SystemCommand.execute(installSpec(), true, "install", report -> {
            report.changed("Caddyfile", "replaced");
            throw new InstallException("Caddy's HTTP server 'srv0' already listens on ':80'");
        });
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.get("error").asText()).contains("'srv0'");
        assertThat(json.at("/steps/0/name").asText()).isEqualTo("Caddyfile");
        assertThat(err.toString()).startsWith("conductor-agent system install: Caddy's HTTP server 'srv0'");
    }

    @Test
    void helpDescribesBothSubcommandsAndTheirOptions() {
        assertThat(commandLine.execute("install", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: system install").contains("--json");
        assertThat(commandLine.execute("uninstall", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: system uninstall").contains("--purge");
    }

    private CommandLine.Model.CommandSpec installSpec() {
        return commandLine.getSubcommands().get("install").getCommandSpec();
    }
}
