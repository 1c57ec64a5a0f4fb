package dev.conductor.agent.install;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers the commands install and uninstall run (java, dpkg-query, systemctl) and records them. */
final class FakeHost implements ProcessRunner {

    final List<String> commands = new ArrayList<>();
    final Set<String> active = new LinkedHashSet<>(Set.of("caddy.service"));
    final Set<String> enabled = new LinkedHashSet<>();

    @Override
    public ExecResult run(ProcessSpec spec) {
        List<String> c = spec.command();
        commands.add(spec.display());
        return switch (c.get(0)) {
            case "sh" -> ok(c, "/usr/bin/java\n");
            case "/usr/bin/java" -> new ExecResult(c, 0, "", "openjdk version \"17.0.15\" 2025-04-15\n");
            case "systemctl" -> systemctl(c);
            default -> new ExecResult(c, 1, "", c.get(0) + ": not on this fake host");
        };
    }

    /** The commands recorded since the last call, to tell one run from the next. */
    List<String> drain() {
        List<String> since = List.copyOf(commands);
        commands.clear();
        return since;
    }

    // As SystemctlSystemd calls it: systemctl --no-ask-password VERB [OPTIONS] -- UNITS
    private ExecResult systemctl(List<String> c) {
        String verb = c.get(2);
        List<String> units = c.contains("--") ? c.subList(c.indexOf("--") + 1, c.size()) : List.of();
        String unit = units.isEmpty() ? "" : units.get(0);
        return switch (verb) {
            case "show" -> ok(c, "Id=" + unit + "\nLoadState=loaded\nActiveState="
                    + (active.contains(unit) ? "active" : "inactive") + "\nSubState=dead\n");
            case "is-enabled" -> status(c, enabled.contains(unit));
            case "enable" -> done(c, enabled.add(unit));
            case "disable" -> done(c, enabled.remove(unit));
            case "start", "restart" -> done(c, active.add(unit));
            case "stop" -> done(c, active.removeAll(units));
            case "list-units" -> ok(c, active.stream().filter(u -> u.startsWith("conductor-"))
                    .map(u -> u + " loaded active exited Conductor\n").collect(Collectors.joining()));
            default -> ok(c, "");
        };
    }

    /** A state change that systemctl reports as success whether or not it changed anything. */
    private static ExecResult done(List<String> c, boolean changedState) {
        return ok(c, "");
    }

    private static ExecResult status(List<String> c, boolean success) {
        return new ExecResult(c, success ? 0 : 3, "", "");
    }

    private static ExecResult ok(List<String> c, String stdout) {
        return new ExecResult(c, 0, stdout, "");
    }
}
