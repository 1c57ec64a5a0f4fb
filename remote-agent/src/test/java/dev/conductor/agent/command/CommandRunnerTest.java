package dev.conductor.agent.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.engine.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTest {

    private static final String RECORD = "printf '%s\\n' \"$PWD\" \"$CONDUCTOR_COMMAND\" \"$CONDUCTOR_COMMAND_DIR\""
            + " \"$TAG\" \"${CONDUCTOR_DEPLOYMENT:-none}\" \"$@\" > out.txt";

    @TempDir
    Path root;
    @TempDir
    Path caller;
    TestEngine host;
    CommandRunner runner;

    @BeforeEach
    void setUp() {
        host = new TestEngine(root).service("web", """
                {"config": {"TAG": "file"},
                 "commands": {
                   "migrate": {"service": true, "description": "Migrate", "exec": ["./record.sh", "--fixed"]},
                   "console": {"service_any_deployment": true, "exec": ["./record.sh"]},
                   "dump": {"deployment": true, "exec": ["./record.sh"]},
                   "fail": {"service": true, "deployment": true, "exec": ["./fail.sh"]}}}""");
        host.script("web", "record.sh", RECORD);
        host.script("web", "fail.sh", "echo failing >&2; exit 7");
        host.serving("web", 3, Map.of("TAG", "rev3"), "web-r3");
        runner = host.graph().commandRunner();
    }

    @Test
    void serviceCommandRunsInTheServiceDirectoryWithArgsPassedVerbatim() throws IOException {
        host.graph().states().saveOverrides("web", Map.of("TAG", "override"));
        CommandInvocation invocation = runner.forService("web", "migrate", List.of("a b", "$(touch pwned)"), caller);

        assertThat(runner.run(invocation)).isZero();

        Path dir = host.serviceDir("web");
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).containsExactly(dir.toString(), "migrate",
                caller.toString(), "override", "none", "--fixed", "a b", "$(touch pwned)");
        assertThat(dir.resolve("pwned")).doesNotExist();
        assertThat(invocation.argv().get(0)).isEqualTo(dir.resolve("record.sh").toString());
    }

    @Test
    void anyDeploymentCommandRunsInTheFirstRunningDeploymentWithItsRevisionConfig() throws IOException {
        host.podman().pod("web-r3", "Running", "10.88.0.3");

        assertThat(runner.run(runner.forService("web", "console", List.of(), caller))).isZero();

        Path dir = host.graph().deployments().directory("web-r3");
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).containsExactly(dir.toString(), "console",
                caller.toString(), "rev3", "web-r3");
    }

    @Test
    void anyDeploymentCommandFailsClearlyWhenNoPodRuns() {
        host.podman().pod("web-r3", "Exited", "");

        assertThatThrownBy(() -> runner.forService("web", "console", List.of(), caller))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("'console'").hasMessageContaining("[web-r3] are not running");
    }

    @Test
    void deploymentCommandRunsWithMinusD() throws IOException {
        assertThat(runner.run(runner.forDeployment("web-r3", "dump", List.of("x"), caller))).isZero();

        Path dir = host.graph().deployments().directory("web-r3");
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).endsWith("web-r3", "x");
    }

    @Test
    void commandsAreRefusedOutsideTheirContextsWithWhatIsAllowed() {
        assertThatThrownBy(() -> runner.forService("web", "dump", List.of(), caller))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("'dump'").hasMessageContaining("'run -d DEPLOYMENT dump'");
        assertThatThrownBy(() -> runner.forDeployment("web-r3", "migrate", List.of(), caller))
                .hasMessageContaining("does not run in a deployment context").hasMessageContaining("'run -s web migrate'");
        assertThatThrownBy(() -> runner.forService("web", "nope", List.of(), caller))
                .hasMessageContaining("no command 'nope'").hasMessageContaining("migrate");
    }

    @Test
    void exitCodePassesThrough() {
        assertThat(runner.run(runner.forService("web", "fail", List.of(), caller))).isEqualTo(7);
        assertThat(runner.run(runner.forDeployment("web-r3", "fail", List.of(), caller))).isEqualTo(7);
    }

    @Test
    void missingExecutableFailsNamingIt() throws IOException {
        Files.delete(host.serviceDir("web").resolve("fail.sh"));

        assertThatThrownBy(() -> runner.run(runner.forService("web", "fail", List.of(), caller)))
                .hasMessageContaining("fail.sh");
    }

    @Test
    void contextsNameWhereACommandRuns() {
        assertThat(CommandRunner.contexts(host.graph().catalog().load("web").commands().get("fail")))
                .containsExactly("service", "deployment");
    }
}
