package dev.conductor.agent.cli;

import dev.conductor.text.TextTable;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.engine.DisplayConfig;
import dev.conductor.protocol.method.ReleaseInfo;
import dev.conductor.protocol.method.ServiceDetails;
import dev.conductor.spec.HealthCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The text form of {@code service show}: labelled lines, then tables of deployments and config. */
final class ServiceDetailsPrinter {

    private final PrintWriter out;

    ServiceDetailsPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ServiceDetails d) {
        line("service", d.name());
        line("app", d.app());
        line("instance", d.instance());
        line("directory", d.directory());
        line("state", d.state());
        line("reason", d.reason());
        line("hold", d.hold() == null ? "-" : "revision " + d.hold() + " (rollback)");
        line("current", release(d.current()));
        line("next", release(d.next()));
        line("health check", health(d.healthCheck()));
        d.pods().forEach(pod -> line("pod", (pod.name().isEmpty() ? "(main)" : pod.name()) + ": " + pod.podTemplate()
                + (pod.configMapTemplate() == null ? "" : ", config map " + pod.configMapTemplate())));
        d.hooks().forEach(hook -> line("hook", hook.id() + " (" + hook.when().value() + "): "
                + String.join(" ", hook.exec())));
        d.commands().forEach((name, command) -> line("command", name + " [" + String.join(", ",
                CommandRunner.contexts(command)) + "]" + (command.description().isEmpty() ? ""
                : ": " + command.description())));
        deployments(d);
        config(d);
        out.flush();
    }

    private void deployments(ServiceDetails d) {
        out.println();
        List<String> columns = DisplayConfig.union(d.deployments().stream()
                .map(ServiceDetails.DeploymentView::display).toList());
        List<String> header = new ArrayList<>(List.of("DEPLOYMENT", "PART", "REVISION"));
        header.addAll(columns);
        TextTable table = new TextTable(header);
        d.deployments().forEach(dep -> {
            List<String> cells = new ArrayList<>(List.of(dep.name(), dep.part(), String.valueOf(dep.revision())));
            columns.forEach(column -> cells.add(dep.display().getOrDefault(column, "")));
            table.add(cells);
        });
        table.print(out);
    }

    private void config(ServiceDetails d) {
        out.println();
        TextTable table = new TextTable(List.of("CONFIG", "VALUE", "SOURCE"));
        d.config().forEach((key, value) -> table.add(List.of(key, value,
                d.overridden().contains(key) ? "override" : "file")));
        table.print(out);
    }

    private void line(String label, String value) {
        out.printf("%-13s %s%n", label + ":", value == null || value.isEmpty() ? "-" : value);
    }

    private static String release(ReleaseInfo release) {
        return release == null ? "-"
                : "revision " + release.revision() + ": " + String.join(", ", release.deployments());
    }

    private static String health(HealthCheck check) {
        return check == null ? "pod running" : "GET :" + check.port() + check.path() + " expects "
                + check.expectedStatus() + " (every " + check.intervalSec() + " s, timeout " + check.timeoutSec() + " s"
                + (check.retries() > 0 ? ", fails after " + check.retries() + " failed probes" : "") + ")";
    }
}
