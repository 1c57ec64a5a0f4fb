package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of {@code reload}, and what the agent's {@code reload} prints or writes with {@code --json}.
 *
 * @param actions what changed, one entry per service touched
 * @param errors services whose files are broken, left as they were
 * @param warnings oddities the loader noticed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReloadReport(List<Action> actions, List<Problem> errors, List<String> warnings) {

    public ReloadReport {
        actions = actions == null ? List.of() : List.copyOf(actions);
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** One change: {@code started}, {@code stopped}, {@code redeployed}, {@code cleaned}, or {@code failed}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String service, String action, String detail) {}

    /** A broken service file: the service, and the loader's file, location and reason. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String service, String file, String location, String reason) {}

    public boolean changedNothing() {
        return actions.isEmpty();
    }
}
