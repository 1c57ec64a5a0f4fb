package dev.conductor.agent.systemd;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Systemd} and {@link UnitEnablement} through the {@code systemctl} command, with
 * {@code journalctl} for failures: the one adapter to systemctl, for the engine and the installer.
 */
public final class SystemctlSystemd implements Systemd, UnitEnablement {

    /** Bound for start/stop/restart jobs; a unit's own TimeoutStartSec= usually ends them first. */
    public static final Duration DEFAULT_JOB_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);
    private static final int JOURNAL_LINES = 15;
    /** systemctl's exit code (LSB "not installed") when the unit is not loaded at all. */
    private static final int NOT_LOADED = 5;

    private final ProcessRunner processes;
    private final Duration jobTimeout;

    public SystemctlSystemd(ProcessRunner processes) {
        this(processes, DEFAULT_JOB_TIMEOUT);
    }

    public SystemctlSystemd(ProcessRunner processes, Duration jobTimeout) {
        this.processes = processes;
        this.jobTimeout = jobTimeout;
    }

    @Override
    public void daemonReload() {
        ExecResult result = systemctl(QUERY_TIMEOUT, "daemon-reload");
        if (!result.succeeded()) {
            throw new SystemdException("daemon-reload failed: " + result.outputTail());
        }
    }

    @Override
    public void start(String unit) {
        runJob("start", unit);
    }

    @Override
    public void startQueued(String unit) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "start", "--no-block", "--", unit);
        if (!result.succeeded()) {
            throw new SystemdException("cannot queue the start of " + unit + ": " + result.outputTail());
        }
    }

    @Override
    public void stop(String unit) {
        stop(List.of(unit));
    }

    @Override
    public void stop(List<String> units) {
        List<String> arguments = new ArrayList<>(List.of("stop", "--"));
        arguments.addAll(units);
        ExecResult result = systemctl(jobTimeout, arguments.toArray(String[]::new));
        if (!result.succeeded() && result.exitCode() != NOT_LOADED) {
            throw new SystemdException("cannot stop " + String.join(" ", units) + ": " + result.outputTail());
        }
    }

    @Override
    public void restart(String unit) {
        runJob("restart", unit);
    }

    @Override
    public void resetFailed(String unit) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "reset-failed", "--", unit);
        // a unit that is not loaded has no failed state to clear
        if (!result.succeeded() && !result.stderr().contains("not loaded")) {
            throw new SystemdException("cannot reset the failed state of " + unit + ": " + result.outputTail());
        }
    }

    @Override
    public UnitState state(String unit) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "show", "-p", "Id,LoadState,ActiveState,SubState", "--", unit);
        if (!result.succeeded()) {
            throw new SystemdException("cannot read the state of " + unit + ": " + result.outputTail());
        }
        return SystemctlOutput.show(unit, result.stdout());
    }

    @Override
    public UnitLoad load(String unit) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "show", "-p", "DropInPaths", "-p", "NeedDaemonReload", "--", unit);
        if (!result.succeeded()) {
            throw new SystemdException("cannot read what systemd loaded of " + unit + ": " + result.outputTail());
        }
        return SystemctlOutput.load(result.stdout());
    }

    @Override
    public void kill(String unit) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "kill", "--signal=SIGKILL", "--", unit);
        // nothing to kill in a unit that is gone or stopped already
        if (!result.succeeded() && result.exitCode() != NOT_LOADED && !result.stderr().contains("not loaded")
                && !result.stderr().contains("No main PID") && !result.stderr().contains("not running")) {
            throw new SystemdException("cannot kill " + unit + ": " + result.outputTail());
        }
    }

    @Override
    public long accepted(String socket) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "show", "-p", "NAccepted", "--value", "--", socket);
        if (!result.succeeded()) {
            throw new SystemdException("cannot read what " + socket + " accepted: " + result.outputTail());
        }
        String value = result.stdout().strip();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    @Override
    public List<UnitState> list(String pattern) {
        ExecResult result = systemctl(QUERY_TIMEOUT, "list-units", "--all", "--plain", "--no-legend",
                "--output=json", "--", pattern);
        if (!result.succeeded()) {
            throw new SystemdException("cannot list units matching " + pattern + ": " + result.outputTail());
        }
        return SystemctlOutput.listUnits(result.stdout());
    }

    @Override
    public boolean isEnabled(String unit) {
        return systemctl(QUERY_TIMEOUT, "is-enabled", "--quiet", "--", unit).succeeded();
    }

    @Override
    public void enable(String unit) {
        change("enable", unit);
    }

    @Override
    public void disable(String unit) {
        change("disable", unit);
    }

    private void change(String verb, String unit) {
        ExecResult result = systemctl(QUERY_TIMEOUT, verb, "--", unit);
        if (!result.succeeded()) {
            throw new SystemdException("cannot " + verb + " " + unit + ": " + result.outputTail());
        }
    }

    private void runJob(String verb, String unit) {
        ExecResult result = systemctl(jobTimeout, verb, "--", unit);
        if (!result.succeeded()) {
            throw new SystemdException("cannot " + verb + " " + unit + ": " + result.outputTail()
                    + journalTail(unit));
        }
    }

    /** The unit's last journal lines, which usually say why it failed; best effort. */
    private String journalTail(String unit) {
        try {
            ExecResult journal = processes.run(ProcessSpec.of("journalctl", "-u", unit, "-n",
                    String.valueOf(JOURNAL_LINES), "-o", "cat", "--no-pager").withTimeout(QUERY_TIMEOUT));
            String lines = journal.stdout().strip();
            return lines.isEmpty() ? "" : "\nlast journal lines of " + unit + ":\n" + lines;
        } catch (RuntimeException e) {
            return "\n(cannot read the journal of " + unit + ": " + e.getMessage() + ")";
        }
    }

    private ExecResult systemctl(Duration timeout, String... arguments) {
        ProcessSpec spec = ProcessSpec.of(command(arguments)).withTimeout(timeout);
        try {
            return processes.run(spec);
        } catch (RuntimeException e) {
            throw new SystemdException("'" + spec.display() + "' did not run: " + e.getMessage(), e);
        }
    }

    private static String[] command(String... arguments) {
        String[] command = new String[arguments.length + 2];
        command[0] = "systemctl";
        command[1] = "--no-ask-password";
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return command;
    }
}
