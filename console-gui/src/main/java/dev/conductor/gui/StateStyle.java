package dev.conductor.gui;

import java.util.Locale;

/**
 * How a service's or deployment's state reads at a glance: serving, busy, in trouble, or idle.
 * Works on the agent's labels ({@code Stable}, {@code WaitNext}, {@code TryAgain},
 * {@code active/Running}, {@code failed/Exited}...) so that a new label still gets a sane colour.
 */
enum StateStyle {
    OK("state-ok"), BUSY("state-busy"), BAD("state-bad"), IDLE("state-idle");

    private final String styleClass;

    StateStyle(String styleClass) {
        this.styleClass = styleClass;
    }

    String styleClass() {
        return styleClass;
    }

    static StateStyle of(String state) {
        String text = state.toLowerCase(Locale.ROOT);
        if (text.contains("tryagain") || text.contains("fail") || text.contains("error") || text.contains("broken")) {
            return BAD;
        }
        if (text.startsWith("stable") || text.startsWith("active")) {
            return OK;
        }
        if (text.isEmpty() || text.startsWith("init") || text.contains("disabled") || text.startsWith("inactive")) {
            return IDLE;
        }
        return BUSY;
    }
}
