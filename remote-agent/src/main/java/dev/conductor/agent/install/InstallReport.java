package dev.conductor.agent.install;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What {@code system install} or {@code uninstall} did, step by step, for people and for scripts. */
public final class InstallReport {

    /** One thing looked at: whether it had to change, and what was done or found. */
    public record Step(String name, boolean changed, String detail) {}

    private final String action;
    private final List<Step> steps = new ArrayList<>();

    public InstallReport(String action) {
        this.action = action;
    }

    public void changed(String name, String detail) {
        steps.add(new Step(name, true, detail));
    }

    public void unchanged(String name, String detail) {
        steps.add(new Step(name, false, detail));
    }

    public boolean changed() {
        return steps.stream().anyMatch(Step::changed);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** One line per step, then a summary; {@code error} is null on success. */
    public void printText(PrintWriter out, String error) {
        for (Step step : steps) {
            out.printf("%-8s %-16s %s%n", step.changed() ? "changed" : "ok", step.name(), step.detail());
        }
        if (error != null) {
            out.printf("system %s failed%s%n", action, changed() ? " after the changes above" : "; nothing changed");
        } else {
            out.println(changed() ? "system " + action + ": done" : "system " + action + ": nothing changed");
        }
    }

    /** {@code {"action", "ok", "changed", "error", "steps": [{"name", "changed", "detail"}]}}. */
    public ObjectNode toJson(String error) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("action", action).put("ok", error == null).put("changed", changed()).put("error", error);
        ArrayNode array = json.putArray("steps");
        steps.forEach(step -> array.addObject()
                .put("name", step.name()).put("changed", step.changed()).put("detail", step.detail()));
        return json;
    }
}
