package dev.conductor.console.view;

import dev.conductor.protocol.method.EnvironmentResult;
import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.ReleaseInfo;
import dev.conductor.protocol.method.ReloadReport;
import dev.conductor.protocol.method.RevisionInfo;
import dev.conductor.protocol.method.ServiceDetails;
import java.util.ArrayList;
import java.util.List;

/** Renders the agent's {@code service.env}, {@code service.show} and {@code reload} answers as text lines. */
public final class ServiceText {

    private ServiceText() {}

    /** {@code KEY=value} lines; the agent has already masked the secrets. */
    public static List<String> env(EnvironmentResult result) {
        List<String> lines = new ArrayList<>();
        result.environment().forEach((name, value) -> lines.add(name + "=" + value));
        return lines.isEmpty() ? List.of("(no variables)") : lines;
    }

    public static List<String> show(ServiceDetails d) {
        List<String> lines = new ArrayList<>();
        line(lines, "service", d.name());
        line(lines, "state", d.state());
        line(lines, "reason", d.reason());
        line(lines, "hold", d.hold() == null ? "" : "revision " + d.hold() + " (rollback)");
        line(lines, "current", release(d.current()));
        line(lines, "next", release(d.next()));
        d.pods().forEach(pod -> line(lines, "pod", (pod.name().isEmpty() ? "(main)" : pod.name()) + ": "
                + text(pod.podTemplate())));
        d.hooks().forEach(hook -> line(lines, "hook", text(hook.id()) + " (" + text(hook.when()) + "): "
                + String.join(" ", hook.exec())));
        d.commands().forEach((name, command) -> line(lines, "command", name
                + (command.description().isEmpty() ? "" : ": " + command.description())));
        d.deployments().forEach(deployment -> lines.add(deployment(deployment)));
        return lines;
    }

    /** {@code service.history}'s revisions, newest first, the serving one marked. */
    public static List<String> history(HistoryResult history) {
        List<String> lines = new ArrayList<>();
        history.revisions().forEach(revision -> lines.add(0, revision(revision, history.serving())));
        return lines.isEmpty() ? List.of("(no revisions yet)") : lines;
    }

    /** One revision: number, when, why, what triggered it and how it ended (when the agent says), whether it serves. */
    public static String revision(RevisionInfo revision, int serving) {
        return String.format("%4d  %-24s %s%s%s", revision.number(), text(revision.created()), text(revision.reason()),
                triggered(revision), revision.number() == serving ? "  (serving)" : "");
    }

    private static String triggered(RevisionInfo revision) {
        if (revision.trigger() == null) {
            return "";
        }
        String by = text(revision.by()).isEmpty() ? "" : " (" + revision.by() + ")";
        return " · " + revision.trigger() + by + (revision.outcome() == null ? "" : " · " + revision.outcome());
    }

    /** One line per action, error and warning of a {@code ReloadReport}. */
    public static List<String> reload(ReloadReport report) {
        List<String> lines = new ArrayList<>();
        report.actions().forEach(action -> lines.add(text(action.action()) + " " + text(action.service()) + " "
                + text(action.detail())));
        report.errors().forEach(error -> lines.add("ERROR " + text(error.service()) + ": " + text(error.file()) + ":"
                + text(error.location()) + " " + text(error.reason())));
        report.warnings().forEach(warning -> lines.add("WARNING " + warning));
        return lines;
    }

    /** A deployment with its {@code display_service_deployment_config} values. */
    private static String deployment(ServiceDetails.DeploymentView deployment) {
        StringBuilder text = new StringBuilder(String.format("%-13s %s (%s, revision %d)", "deployment:",
                text(deployment.name()), text(deployment.part()), deployment.revision()));
        deployment.display().forEach((name, value) -> text.append("  ").append(name).append('=').append(value));
        return text.toString();
    }

    private static String release(ReleaseInfo release) {
        return release == null ? "" : "revision " + release.revision() + ": " + String.join(" ", release.deployments());
    }

    // a field an older or newer agent left out shows as nothing, not as "null"
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(List<String> lines, String label, String value) {
        lines.add(String.format("%-13s %s", label + ":", text(value).isEmpty() ? "-" : value));
    }
}
