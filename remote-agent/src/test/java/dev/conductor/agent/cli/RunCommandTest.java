package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path root;
    @TempDir
    Path caller;
    TestEngine host;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", """
                {"commands": {
                   "args": {"service": true, "description": "Record args", "exec": ["./args.sh"]},
                   "exit": {"service": true, "deployment": true, "exec": ["./exit.sh"]},
                   "dump": {"deployment": true, "exec": ["./args.sh"]}}}""");
        host.script("web", "args.sh", "printf '%s\\n' \"$@\" > \"$CONDUCTOR_COMMAND_DIR/args.txt\"");
        host.script("web", "exit.sh", "exit \"$1\"");
        host.serving("web", 1, Map.of(), "web-r1");
    }

    @Test
    void listsTheServicesCommandsWithTheirContexts() {
        CommandHarness run = run("-s", "web");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("COMMAND  CONTEXTS             DESCRIPTION",
                "args     service              Record args", "exit     service, deployment",
                "dump     deployment");
    }

    @Test
    void exitCodeOfTheCommandIsTheAgentsExitCode() {
        assertThat(run("-s", "web", "exit", "42").exitCode()).isEqualTo(42);
        assertThat(run("-d", "web-r1", "exit", "3").exitCode()).isEqualTo(3);
        assertThat(run("-s", "web", "exit", "0").exitCode()).isZero();
    }

    @Test
    void optionsAfterTheCommandGoToTheCommand() throws Exception {
        assertThat(run("-s", "web", "args", "--dry-run", "-s", "x y").exitCode()).isZero();
        assertThat(Files.readAllLines(caller.resolve("args.txt"))).containsExactly("--dry-run", "-s", "x y");

        assertThat(run("-s", "web", "args", "--", "--x").exitCode()).isZero();
        assertThat(Files.readAllLines(caller.resolve("args.txt"))).containsExactly("--", "--x");

        assertThat(run("-s", "web", "--", "args", "--version").exitCode()).isZero();
        assertThat(Files.readAllLines(caller.resolve("args.txt"))).containsExactly("--version");
    }

    @Test
    void refusedContextAndUnknownTargetsFailWithClearMessages() {
        CommandHarness refused = run("-s", "web", "dump");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("'dump'").contains("run -d DEPLOYMENT dump");

        CommandHarness missing = run("-d", "web-r9", "dump");
        assertThat(missing.exitCode()).isEqualTo(ErrorHandler.NOT_FOUND);
        assertThat(missing.err()).contains("'web-r9'");

        assertThat(run("-d", "../web", "dump").exitCode()).isEqualTo(ErrorHandler.NOT_FOUND);
        assertThat(run("web").exitCode()).isEqualTo(2);
        assertThat(run("-s", "web", "-d", "web-r1", "exit").exitCode()).isEqualTo(2);
    }

    private CommandHarness run(String... args) {
        return CommandHarness.run(new RunCommand(host::graph, caller), args);
    }
}
