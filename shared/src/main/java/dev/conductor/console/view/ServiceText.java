package dev.conductor.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Renders the agent's {@code service.env}, {@code service.show} and {@code reload} answers as text lines. */
public final class ServiceText {

    private ServiceText() {}

    /** {@code KEY=value} lines; the agent has already masked the secrets. */
    public static List<String> env(JsonNode result) {
        List<String> lines = new ArrayList<>();
        result.path("environment").fields().forEachRemaining(entry ->
                lines.add(entry.getKey() + "=" + entry.getValue().asText()));
        return lines.isEmpty() ? List.of("(no variables)") : lines;
    }

    public static List<String> show(JsonNode d) {
        List<String> lines = new ArrayList<>();
        line(lines, "service", d.path("name").asText());
        line(lines, "state", d.path("state").asText());
        line(lines, "reason", d.path("reason").asText());
        line(lines, "hold", d.path("hold").isNumber() ? "revision " + d.path("hold").asInt() + " (rollback)" : "");
        line(lines, "current", release(d.path("current")));
        line(lines, "next", release(d.path("next")));
        d.path("pods").forEach(pod -> line(lines, "pod", (pod.path("name").asText().isEmpty() ? "(main)"
                : pod.path("name").asText()) + ": " + pod.path("pod_template").asText()));
        d.path("hooks").forEach(hook -> line(lines, "hook", hook.path("id").asText() + " ("
                + hook.path("when").asText() + "): " + join(hook.path("exec"))));
        d.path("commands").fields().forEachRemaining(command -> line(lines, "command", command.getKey()
                + (command.getValue().path("description").asText().isEmpty() ? ""
                : ": " + command.getValue().path("description").asText())));
        d.path("deployments").forEach(deployment -> lines.add(deployment(deployment)));
        return lines;
    }

    /** {@code service.history}'s revisions, newest first, the serving one marked. */
    public static List<String> history(JsonNode history) {
        int serving = history.path("serving").asInt();
        List<String> lines = new ArrayList<>();
        history.path("revisions").forEach(revision -> lines.add(0, revision(revision, serving)));
        return lines.isEmpty() ? List.of("(no revisions yet)") : lines;
    }

    /** One revision: number, when, why, and whether it is the one serving. */
    public static String revision(JsonNode revision, int serving) {
        int number = revision.path("number").asInt();
        return String.format("%4d  %-24s %s%s", number, revision.path("created").asText(),
                revision.path("reason").asText(), number == serving ? "  (serving)" : "");
    }

    /** One line per action, error and warning of a {@code ReloadReport}. */
    public static List<String> reload(JsonNode report) {
        List<String> lines = new ArrayList<>();
        report.path("actions").forEach(action -> lines.add(action.path("action").asText() + " "
                + action.path("service").asText() + " " + action.path("detail").asText()));
        report.path("errors").forEach(error -> lines.add("ERROR " + error.path("service").asText() + ": "
                + error.path("file").asText() + ":" + error.path("location").asText() + " "
                + error.path("reason").asText()));
        report.path("warnings").forEach(warning -> lines.add("WARNING " + warning.asText()));
        return lines;
    }

    /** A deployment with its {@code display_service_deployment_config} values. */
    private static String deployment(JsonNode deployment) {
        StringBuilder text = new StringBuilder(String.format("%-13s %s (%s, revision %d)", "deployment:",
                deployment.path("name").asText(), deployment.path("part").asText(), deployment.path("revision").asInt()));
        deployment.path("display").fields().forEachRemaining(value ->
                text.append("  ").append(value.getKey()).append('=').append(value.getValue().asText()));
        return text.toString();
    }

    private static String release(JsonNode release) {
        return release.isObject() ? "revision " + release.path("revision").asInt() + ": "
                + join(release.path("deployments")) : "";
    }

    private static String join(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join(" ", items);
    }

    private static void line(List<String> lines, String label, String value) {
        lines.add(String.format("%-13s %s", label + ":", value.isEmpty() ? "-" : value));
    }
}
