package dev.conductor.agent.process;

import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxScript;
import dev.conductor.sandbox.SandboxTimeoutException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs each process inside a sandbox host, as {@code sandbox-host exec NAME env -i [-C DIR] --
 * K=V... CMD ARGS}: an argument vector all the way, with the same minimal base environment,
 * timeout, stdin and start failures as {@link LocalProcessRunner}. Lets adapters that run on this
 * JVM drive the host's real systemctl and podman.
 */
public final class SandboxProcessRunner implements ProcessRunner {

    private static final Map<String, String> BASE = Map.of(
            "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME", "/root",
            "LANG", "C.UTF-8");
    /** env's exit codes when it cannot change directory (125), run (126) or find (127) the program. */
    private static final List<Integer> ENV_FAILURES = List.of(125, 126, 127);

    private final String script;
    private final SandboxHost host;

    public SandboxProcessRunner(SandboxHost host) {
        this.script = SandboxScript.locate().path().toString();
        this.host = host;
    }

    @Override
    public ExecResult run(ProcessSpec spec) {
        dev.conductor.sandbox.ExecResult result;
        try {
            result = dev.conductor.sandbox.ProcessRunner.run(command(spec), spec.stdin(), spec.timeout(), null);
        } catch (SandboxTimeoutException e) {
            throw new ProcessTimeoutException(spec, spec.timeout(), e.getMessage());
        }
        if (ENV_FAILURES.contains(result.exitCode()) && result.stderr().startsWith("env: ")) {
            throw new ProcessStartException(spec, new IOException(result.stderr().strip()));
        }
        return new ExecResult(spec.command(), result.exitCode(), result.stdout(), result.stderr());
    }

    List<String> command(ProcessSpec spec) {
        List<String> command = new ArrayList<>(List.of(script, "exec", host.name(), "env", "-i"));
        if (spec.workingDirectory() != null) {
            command.addAll(List.of("-C", spec.workingDirectory().toString()));
        }
        command.add("--");
        Map<String, String> environment = new LinkedHashMap<>(BASE);
        environment.putAll(spec.environment());
        environment.forEach((name, value) -> command.add(name + "=" + value));
        command.addAll(spec.command());
        return command;
    }
}
