package dev.conductor.agent.engine;

import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.SystemdException;
import dev.conductor.agent.systemd.UnitLoad;
import dev.conductor.agent.systemd.UnitState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A {@link Systemd} that keeps unit states in a map and counts queries, for unit tests of listings. */
public final class InMemorySystemd implements Systemd {

    private final Map<String, UnitState> units = new TreeMap<>();
    private final List<String> calls = new ArrayList<>();

    /** Sets a unit's active state, e.g. {@code active}, {@code failed}, {@code inactive}. */
    public InMemorySystemd set(String unit, String activeState) {
        units.put(unit, new UnitState(unit, "loaded", activeState, "active".equals(activeState) ? "exited" : "dead"));
        return this;
    }

    /** Every call as {@code verb unit}, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public long count(String verb) {
        return calls.stream().filter(call -> call.startsWith(verb + " ")).count();
    }

    private String reloadFailure;

    /** From now on, daemon-reload fails with {@code message}, as systemd's does when /run is full. */
    public InMemorySystemd failDaemonReload(String message) {
        reloadFailure = message;
        return this;
    }

    @Override
    public void daemonReload() {
        calls.add("daemon-reload -");
        if (reloadFailure != null) {
            throw new SystemdException(reloadFailure);
        }
    }

    @Override
    public void start(String unit) {
        calls.add("start " + unit);
        set(unit, "active");
    }

    @Override
    public void startQueued(String unit) {
        calls.add("start-queued " + unit);
        set(unit, "active");
    }

    @Override
    public void stop(String unit) {
        calls.add("stop " + unit);
        if (units.containsKey(unit)) {
            set(unit, "inactive");
        }
    }

    @Override
    public void stop(List<String> stopped) {
        stopped.forEach(this::stop);
    }

    @Override
    public void restart(String unit) {
        calls.add("restart " + unit);
        set(unit, "active");
    }

    @Override
    public void resetFailed(String unit) {
        calls.add("reset-failed " + unit);
    }

    @Override
    public UnitState state(String unit) {
        calls.add("state " + unit);
        return units.getOrDefault(unit, new UnitState(unit, "not-found", "inactive", "dead"));
    }

    /** Always stale, so that callers reload as they would on a systemd they cannot read. */
    @Override
    public UnitLoad load(String unit) {
        calls.add("load " + unit);
        return new UnitLoad(List.of(), true);
    }

    @Override
    public void kill(String unit) {
        calls.add("kill " + unit);
        if (units.containsKey(unit)) {
            set(unit, "failed");
        }
    }

    @Override
    public long accepted(String socket) {
        calls.add("accepted " + socket);
        return 0;
    }

    @Override
    public List<UnitState> list(String pattern) {
        calls.add("list " + pattern);
        Pattern glob = Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
        return units.values().stream().filter(unit -> glob.matcher(unit.unit()).matches()).toList();
    }
}
