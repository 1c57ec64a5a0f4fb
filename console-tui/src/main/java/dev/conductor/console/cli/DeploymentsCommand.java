package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.text.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code deployments}: every deployment of every host, with the display columns. */
@Command(name = "deployments", mixinStandardHelpOptions = true,
        description = "List the deployments of every --host: state, address and display_deployment_config columns.")
final class DeploymentsCommand extends RemoteCommand implements Runnable {

    record HostDeploymentRow(String host, DeploymentRow deployment) {}

    @Override
    public void run() {
        List<HostDeploymentRow> rows = new ArrayList<>();
        try (Consoles consoles = consoles()) {
            consoles.connectAll().forEach((host, link) -> {
                if (!(link instanceof AgentLink agent)) {
                    throw new RemoteFailure(host + ": " + link, 1);
                }
                try (agent) {
                    await(agent.call(MethodNames.DEPLOYMENTS_LIST, NoParams.NONE)).deployments()
                            .forEach(row -> rows.add(new HostDeploymentRow(host, row)));
                }
            });
        }
        if (main.json) {
            printJson(rows);
            return;
        }
        Set<String> display = new LinkedHashSet<>();
        rows.forEach(row -> display.addAll(row.deployment().display().keySet()));
        List<String> header = new ArrayList<>(List.of("HOST", "NAME", "SERVICE", "STATE", "IP"));
        header.addAll(display);
        TextTable table = new TextTable(header);
        for (HostDeploymentRow row : rows) {
            DeploymentRow d = row.deployment();
            List<String> cells = new ArrayList<>(List.of(row.host(), d.name(), d.service(), d.state(), d.ip()));
            display.forEach(key -> cells.add(d.display().getOrDefault(key, "")));
            table.add(cells);
        }
        table.print(out());
    }
}
