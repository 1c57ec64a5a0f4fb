package dev.conductor.agent.install;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessFailedException;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The systemctl calls that install and uninstall need. Enabling and disabling are not part of the
 * engine's {@code Systemd} port, so the installer talks to systemctl itself.
 */
final class Systemctl {

    // Stopping services drains deployments and starting them deploys; both take a while.
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);

    private final ProcessRunner runner;

    Systemctl(ProcessRunner runner) {
        this.runner = runner;
    }

    boolean isActive(String unit) {
        return run("is-active", "--quiet", unit).succeeded();
    }

    boolean isEnabled(String unit) {
        return run("is-enabled", "--quiet", unit).succeeded();
    }

    void enable(String unit) {
        run("enable", unit).orThrow();
    }

    void disable(String unit) {
        run("disable", unit).orThrow();
    }

    void daemonReload() {
        run("daemon-reload").orThrow();
    }

    void resetFailed(String pattern) {
        run("reset-failed", pattern);
    }

    // Starts (or, with restart, restarts) a unit; on failure the message carries its journal.
    void start(String unit, boolean restart) {
        ExecResult result = runner.run(spec(restart ? "restart" : "start", unit).withTimeout(JOB_TIMEOUT));
        if (!result.succeeded()) {
            throw new InstallException(new ProcessFailedException(result).getMessage() + "\n" + journal(unit));
        }
    }

    void stop(List<String> units) {
        List<String> args = new ArrayList<>(List.of("stop"));
        args.addAll(units);
        runner.run(spec(args.toArray(String[]::new)).withTimeout(JOB_TIMEOUT)).orThrow();
    }

    // Loaded units matching a glob that are not inactive, for example conductor-*.
    List<String> activeUnits(String pattern) {
        String listing = run("list-units", "--all", "--plain", "--no-legend", "--full", pattern).orThrow().stdout();
        return listing.lines()
                .map(line -> line.replaceFirst("^\\W+\\s+", "").strip().split("\\s+"))
                .filter(columns -> columns.length >= 3 && !"inactive".equals(columns[2]))
                .map(columns -> columns[0])
                .toList();
    }

    private String journal(String unit) {
        ExecResult log = runner.run(ProcessSpec.of("journalctl", "--no-pager", "-n", "15", "-o", "cat", "-u", unit));
        return "last lines of its journal (journalctl -u " + unit + "):\n" + log.stdout().strip();
    }

    private ExecResult run(String... args) {
        return runner.run(spec(args));
    }

    private static ProcessSpec spec(String... args) {
        List<String> command = new ArrayList<>(List.of("systemctl"));
        command.addAll(List.of(args));
        return new ProcessSpec(command, null, Map.of(), ProcessSpec.DEFAULT_TIMEOUT, null);
    }
}
