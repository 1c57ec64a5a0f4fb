package dev.conductor.agent.hook;

import static dev.conductor.agent.context.TestContexts.deployment;
import static dev.conductor.agent.context.TestContexts.script;
import static dev.conductor.agent.context.TestContexts.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.context.ExecutionContext;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.spec.Hook;
import dev.conductor.spec.HookWhen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookRunnerTest {

    private final HookRunner runner = new HookRunner(new LocalProcessRunner());

    @TempDir
    Path serviceDir;
    @TempDir
    Path deploymentDir;

    @Test
    void runsTheHooksOfThatMomentInOrder() throws Exception {
        Path log = serviceDir.resolve("log");
        Path append = script(serviceDir, "append.hook", "echo \"$1\" >> \"$LOG\"");
        List<Hook> hooks = List.of(
                hook("first", HookWhen.PRE_START, append, "first"),
                hook("later", HookWhen.POST_START, append, "post-start"),
                hook("second", HookWhen.PRE_START, append, "second"));

        runner.run(HookWhen.PRE_START, hooks, service(serviceDir, Map.of("LOG", log.toString())));

        assertThat(Files.readAllLines(log)).containsExactly("first", "second");
    }

    @Test
    void argumentsAndVariablesArriveVerbatim() throws Exception {
        Path out = deploymentDir.resolve("out");
        Path hook = script(serviceDir, "args.hook",
                "printf '%s|%s|%s|%s' \"$1\" \"$2\" \"$VALUE\" \"$POD_NAME\" > out");
        String hostile = "$(touch pwned)";

        runner.run(HookWhen.POST_START, List.of(hook("args", HookWhen.POST_START, hook, "a b", hostile)),
                deployment(serviceDir, deploymentDir, Map.of("VALUE", hostile)));

        assertThat(out).hasContent("a b|" + hostile + "|" + hostile + "|web-r3");
        assertThat(deploymentDir.resolve("pwned")).doesNotExist();
        assertThat(serviceDir.resolve("pwned")).doesNotExist();
    }

    @Test
    void aPathCommandRunsInTheContextDirectory() {
        Hook touch = new Hook("touch", HookWhen.PRE_STOP, List.of("touch", "stopped-here"), 10);

        runner.run(HookWhen.PRE_STOP, List.of(touch), deployment(serviceDir, deploymentDir, Map.of()));

        assertThat(deploymentDir.resolve("stopped-here")).exists();
        assertThat(serviceDir.resolve("stopped-here")).doesNotExist();
    }

    @Test
    void failureNamesTheHookAndStopsTheOnesAfterIt() throws Exception {
        Path marker = serviceDir.resolve("ran");
        List<Hook> hooks = List.of(
                hook("ok", HookWhen.PRE_START, script(serviceDir, "ok.hook", "true")),
                hook("check-db", HookWhen.PRE_START, script(serviceDir, "bad.hook", "echo 'db down' >&2; exit 4")),
                hook("never", HookWhen.PRE_START, script(serviceDir, "never.hook", "touch \"" + marker + "\"")));

        assertThatThrownBy(() -> runner.run(HookWhen.PRE_START, hooks, service(serviceDir, Map.of())))
                .isInstanceOfSatisfying(HookFailedException.class, e -> {
                    assertThat(e.hookId()).isEqualTo("check-db");
                    assertThat(e.when()).isEqualTo(HookWhen.PRE_START);
                    assertThat(e.exitCode()).hasValue(4);
                })
                .hasMessage("pre-start hook 'check-db' of service 'web' exited with code 4: db down");
        assertThat(marker).doesNotExist();
    }

    @Test
    void timeoutComesFromTheHook() throws Exception {
        Hook slow = new Hook("slow", HookWhen.POST_STOP,
                List.of(script(serviceDir, "slow.hook", "echo draining >&2; sleep 30").toString()), 1);
        Instant start = Instant.now();

        assertThatThrownBy(() -> runner.run(HookWhen.POST_STOP, List.of(slow), service(serviceDir, Map.of())))
                .isInstanceOfSatisfying(HookFailedException.class, e -> assertThat(e.exitCode()).isEmpty())
                .hasMessageContaining("post-stop hook 'slow' of service 'web' failed")
                .hasMessageContaining("timed out after 1 s")
                .hasMessageContaining("draining");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void missingExecutableIsAHookFailure() {
        Hook missing = new Hook("gone", HookWhen.PRE_START, List.of(serviceDir.resolve("gone.hook").toString()), 5);

        assertThatThrownBy(() -> runner.run(HookWhen.PRE_START, List.of(missing), service(serviceDir, Map.of())))
                .isInstanceOf(HookFailedException.class)
                .hasMessageContaining("pre-start hook 'gone' of service 'web' failed: cannot start");
    }

    @Test
    void runAllRunsEveryHookAndReturnsTheFailures() throws Exception {
        Path marker = serviceDir.resolve("ran");
        ExecutionContext context = service(serviceDir, Map.of());
        List<Hook> hooks = List.of(
                hook("first", HookWhen.PRE_STOP, script(serviceDir, "a.hook", "exit 2")),
                hook("middle", HookWhen.PRE_STOP, script(serviceDir, "b.hook", "touch \"" + marker + "\"")),
                hook("last", HookWhen.PRE_STOP, script(serviceDir, "c.hook", "echo oops; exit 5")));

        List<HookFailedException> failures = runner.runAll(HookWhen.PRE_STOP, hooks, context);

        assertThat(marker).exists();
        assertThat(failures).extracting(HookFailedException::hookId).containsExactly("first", "last");
        assertThat(failures.get(1)).hasMessage("pre-stop hook 'last' of service 'web' exited with code 5: oops");
        assertThat(runner.runAll(HookWhen.POST_STOP, hooks, context)).isEmpty();
    }

    private static Hook hook(String id, HookWhen when, Path script, String... args) {
        List<String> exec = new ArrayList<>(List.of(script.toString()));
        exec.addAll(List.of(args));
        return new Hook(id, when, exec, 10);
    }
}
