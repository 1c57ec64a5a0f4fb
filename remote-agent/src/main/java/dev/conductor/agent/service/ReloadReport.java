package dev.conductor.agent.service;

import java.util.List;

/**
 * What {@code reload} did, for people and for {@code --json}.
 *
 * @param actions what changed, one entry per service touched
 * @param errors services whose files are broken, left as they were
 * @param warnings oddities the loader noticed
 */
public record ReloadReport(List<Action> actions, List<Problem> errors, List<String> warnings) {

    public ReloadReport {
        actions = List.copyOf(actions);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** One change: {@code started}, {@code stopped}, {@code redeployed}, {@code cleaned}, or {@code failed}. */
    public record Action(String service, String action, String detail) {}

    /** A broken service file: the service, and the loader's file, location and reason. */
    public record Problem(String service, String file, String location, String reason) {}

    public boolean changedNothing() {
        return actions.isEmpty();
    }
}
