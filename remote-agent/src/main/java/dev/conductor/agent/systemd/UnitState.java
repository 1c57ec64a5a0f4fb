package dev.conductor.agent.systemd;

/** A unit's states as systemd reports them, for example {@code loaded / active / exited}. */
public record UnitState(String unit, String loadState, String activeState, String subState) {

    public boolean active() {
        return "active".equals(activeState) || "reloading".equals(activeState);
    }

    public boolean failed() {
        return "failed".equals(activeState);
    }
}
