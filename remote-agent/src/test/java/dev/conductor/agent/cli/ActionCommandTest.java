package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ActionCommandTest {

    @TempDir
    Path root;
    @TempDir
    Path caller;
    TestEngine host;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", """
                {"commands": {
                   "args": {"service": true, "description": "Record args", "exec": ["./args.sh"],
                            "remote": {"policies": ["ops/deploy", "admin"]}},
                   "dump": {"deployment": true, "exec": ["./args.sh"]}}}""");
        host.script("web", "args.sh", "printf '%s\\n' \"$@\" > \"$CONDUCTOR_COMMAND_DIR/args.txt\"; exit 5");
    }

    @Test
    void actionRunIsRunDashSWithTheSameArgumentsAndExitCode() throws Exception {
        CommandLine agent = AgentMain.commandLine();
        CommandLine action = agent.getSubcommands().get("action");
        action.getCommandSpec().removeSubcommand("run");
        action.addSubcommand(new ActionRunCommand(host::graph, caller));

        assertThat(agent.execute("action", "run", "web", "args", "--json", "-s", "; touch x")).isEqualTo(5);
        assertThat(Files.readAllLines(caller.resolve("args.txt"))).containsExactly("--json", "-s", "; touch x");
        assertThat(CommandHarness.run(new RunCommand(host::graph, caller), "-s", "web", "args", "--json").exitCode())
                .isEqualTo(5);
    }

    @Test
    void actionRunRefusesWhatRunDashSRefuses() {
        CommandHarness refused = CommandHarness.run(new ActionRunCommand(host::graph, caller), "web", "dump");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("'dump'").contains("run -d DEPLOYMENT dump");
        assertThat(CommandHarness.run(new ActionRunCommand(host::graph, caller), "web", "nope").err())
                .contains("has no command 'nope'");
    }

    @Test
    void lsListsRemoteActionsWithTheirRoutesAndPolicies() throws Exception {
        CommandHarness table = CommandHarness.run(new ActionCommand(host::graph), "ls");
        JsonNode rows = JsonFiles.MAPPER.readTree(CommandHarness.run(new ActionCommand(host::graph), "ls", "web",
                "--json").out());

        assertThat(table.out().lines()).hasSize(2);
        assertThat(table.out().lines().skip(1).findFirst().orElseThrow()).contains("web", "args", "/action/web/args",
                "ops/deploy,admin", "no resident agent", "0/1", "Record args");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("id").asText()).isEqualTo("web~args");
        assertThat(rows.get(0).get("route").asText()).isEqualTo("/action/web/args");
        assertThat(rows.get(0).get("timeout_sec").asInt()).isEqualTo(300);
    }
}
