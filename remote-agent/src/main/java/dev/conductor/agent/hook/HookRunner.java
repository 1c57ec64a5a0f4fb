package dev.conductor.agent.hook;

import dev.conductor.agent.context.ExecutionContext;
import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import dev.conductor.agent.process.ProcessStartException;
import dev.conductor.agent.process.ProcessTimeoutException;
import dev.conductor.spec.Hook;
import dev.conductor.spec.HookWhen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs a service's hooks for one moment of the life cycle, in declaration order. */
public final class HookRunner {

    private final ProcessRunner processes;

    public HookRunner(ProcessRunner processes) {
        this.processes = Objects.requireNonNull(processes, "processes");
    }

    /**
     * Runs the hooks among {@code hooks} that belong to {@code when}, stopping at the first
     * failure: a failed pre-start hook must keep the start from going on.
     *
     * @throws HookFailedException naming the failed hook; the hooks after it did not run
     */
    public void run(HookWhen when, List<Hook> hooks, ExecutionContext context) {
        for (Hook hook : select(when, hooks)) {
            runOne(hook, context);
        }
    }

    /**
     * Runs every hook among {@code hooks} that belongs to {@code when}, even after failures,
     * as a stop must go on when one hook fails.
     *
     * @return the failures, in order; empty when all succeeded
     */
    public List<HookFailedException> runAll(HookWhen when, List<Hook> hooks, ExecutionContext context) {
        List<HookFailedException> failures = new ArrayList<>();
        for (Hook hook : select(when, hooks)) {
            try {
                runOne(hook, context);
            } catch (HookFailedException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    // Filtering here means a hook declared for another moment can never run by mistake.
    private static List<Hook> select(HookWhen when, List<Hook> hooks) {
        return hooks.stream().filter(hook -> hook.when() == when).toList();
    }

    private void runOne(Hook hook, ExecutionContext context) {
        ProcessSpec spec = new ProcessSpec(hook.exec(), context.workingDirectory(), context.environment(),
                Duration.ofSeconds(hook.timeoutSec()), null);
        ExecResult result;
        try {
            result = processes.run(spec);
        } catch (ProcessTimeoutException | ProcessStartException e) {
            throw new HookFailedException(hook.id(), hook.when(), null,
                    what(hook, context) + " failed: " + e.getMessage(), e);
        }
        if (!result.succeeded()) {
            throw new HookFailedException(hook.id(), hook.when(), result.exitCode(),
                    what(hook, context) + " exited with code " + result.exitCode() + tail(result.outputTail()), null);
        }
    }

    private static String what(Hook hook, ExecutionContext context) {
        return hook.when() + " hook '" + hook.id() + "' of " + context.describe();
    }

    private static String tail(String output) {
        return output.isBlank() ? " and printed nothing" : ": " + output;
    }
}
