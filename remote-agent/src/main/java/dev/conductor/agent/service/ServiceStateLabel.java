package dev.conductor.agent.service;

import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.systemd.UnitState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one-word state of a service in listings: the deploy state, with the service unit's state
 * in parentheses when the unit is not active ({@code Stable}, {@code Init (stopped)}).
 */
public final class ServiceStateLabel {

    /** Shown for a service whose files fail to load. */
    public static final String BROKEN = "broken";
    /** Shown for a service disabled in its file or with {@code service disable}. */
    public static final String DISABLED = "disabled";
    /** Shown for a service whose conditions do not match this host. */
    public static final String NOT_HERE = "not here";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private ServiceStateLabel() {}

    /** @param unit the service unit's state, or null when systemd does not list it */
    public static String of(ServiceState state, UnitState unit) {
        String unitLabel = unitLabel(unit);
        String deploy = state.state().label() + retry(state);
        return unitLabel.isEmpty() ? deploy : deploy + " (" + unitLabel + ")";
    }

    /** {@code " (attempt 2, retry 12:03:05)"} while a failed deploy is retried, else {@code ""}. */
    static String retry(ServiceState state) {
        ServiceState.Failure failure = state.failure();
        if (failure != null && state.deploying()) {
            return " (attempt " + (failure.attempts() + 1) + ")";
        }
        if (failure == null || failure.retryAt() == null) {
            return failure == null || failure.attempts() < 2 ? "" : " (attempt " + failure.attempts() + ")";
        }
        return " (attempt " + failure.attempts() + ", retry " + CLOCK.format(failure.retryAt()) + ")";
    }

    /** {@code ""} for an active unit, else what it is doing: stopped, failed, starting, stopping. */
    public static String unitLabel(UnitState unit) {
        if (unit == null) {
            return "stopped";
        }
        if (unit.active()) {
            return "";
        }
        return switch (unit.activeState()) {
            case "inactive", "" -> "stopped";
            case "activating" -> "starting";
            case "deactivating" -> "stopping";
            default -> unit.activeState();
        };
    }
}
