package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.TestEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands keep their parsing rules as mounted under the agent's root and 'service' (engine swapped for a test one). */
class CommandWiringTest {

    @TempDir
    Path root;
    @TempDir
    Path caller;

    @Test
    void runStillStopsOptionsAtTheCommandWhenItIsASubcommandOfTheAgent() throws Exception {
        TestEngine host = new TestEngine(root).service("web",
                "{\"commands\": {\"args\": {\"service\": true, \"exec\": [\"./args.sh\"]}}}");
        host.script("web", "args.sh", "printf '%s\\n' \"$@\" > \"$CONDUCTOR_COMMAND_DIR/args.txt\"; exit 9");
        CommandLine agent = AgentMain.commandLine();
        agent.getCommandSpec().removeSubcommand("run");
        agent.addSubcommand(new RunCommand(host::graph, caller));

        assertThat(agent.execute("run", "-s", "web", "args", "--json", "-n", "1")).isEqualTo(9);
        assertThat(Files.readAllLines(caller.resolve("args.txt"))).containsExactly("--json", "-n", "1");
    }

    @Test
    void serviceSubcommandsParseUnderTheServiceGroup() {
        TestEngine host = new TestEngine(root).service("web", "{\"config\": {\"TAG\": \"v1\"}}");
        CommandLine agent = AgentMain.commandLine();
        CommandLine service = agent.getSubcommands().get("service");
        for (String name : new String[] {"ls", "config", "env"}) {
            service.getCommandSpec().removeSubcommand(name);
        }
        service.addSubcommand(new ServiceListCommand(host::graph))
                .addSubcommand(new ServiceConfigCommand(host::graph))
                .addSubcommand(new ServiceEnvCommand(host::graph));
        StringWriter out = new StringWriter();
        agent.setOut(new PrintWriter(out, true));

        assertThat(agent.execute("service", "config", "get", "web", "TAG")).isZero();
        assertThat(agent.execute("service", "ls")).isZero();
        assertThat(out.toString()).startsWith("v1\nNAME").contains("web");
    }
}
