package dev.conductor.agent.template;

import dev.conductor.agent.context.ExecutionContext;
import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import dev.conductor.agent.process.ProcessStartException;
import dev.conductor.agent.process.ProcessTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Runs a template: an executable that prints a document (a pod, a ConfigMap, Caddy snippets)
 * from the variables of its context, in the context's directory.
 */
public final class TemplateRunner {

    /** How long a template may run when the caller gives no timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final int TAIL_LINES = 20;

    private final ProcessRunner processes;

    public TemplateRunner(ProcessRunner processes) {
        this.processes = Objects.requireNonNull(processes, "processes");
    }

    /** Renders with {@link #DEFAULT_TIMEOUT}. */
    public String render(String template, ExecutionContext context) {
        return render(template, context, DEFAULT_TIMEOUT);
    }

    /**
     * Runs {@code template} (an absolute path, no arguments) and returns what it printed.
     *
     * @throws TemplateException when it cannot start, exits non-zero or outlives {@code timeout}
     */
    public String render(String template, ExecutionContext context, Duration timeout) {
        ProcessSpec spec = new ProcessSpec(List.of(template), context.workingDirectory(),
                context.environment(), timeout, null);
        ExecResult result = run(spec, template, context);
        if (!result.succeeded()) {
            throw new TemplateException(what(template, context) + " exited with code " + result.exitCode()
                    + stderrTail(result.stderr()));
        }
        if (result.stdoutCut()) {
            throw new TemplateException(what(template, context) + " printed more than "
                    + ExecResult.KEPT_BYTES / (1024 * 1024) + " MiB, the most a template's output may be");
        }
        return result.stdout();
    }

    private ExecResult run(ProcessSpec spec, String template, ExecutionContext context) {
        try {
            return processes.run(spec);
        } catch (ProcessTimeoutException e) {
            throw new TemplateException(what(template, context) + " timed out: " + e.getMessage(), e);
        } catch (ProcessStartException e) {
            throw new TemplateException(what(template, context) + " could not run: " + e.getMessage(), e);
        }
    }

    private static String what(String template, ExecutionContext context) {
        return "template '" + template + "' for " + context.describe();
    }

    // Only stderr: stdout is the document, which may hold secrets from the config (a ConfigMap).
    private static String stderrTail(String stderr) {
        if (stderr.isBlank()) {
            return " and printed nothing on stderr";
        }
        List<String> lines = stderr.strip().lines().toList();
        return ": " + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
