package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.text.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code services}: every service of every host, with the display columns. */
@Command(name = "services", mixinStandardHelpOptions = true,
        description = "List the services of every --host: state, deployments and display_service_config columns.")
final class ServicesCommand extends RemoteCommand implements Runnable {

    record HostServiceRow(String host, ServiceRow service) {}

    @Override
    public void run() {
        List<HostServiceRow> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (Consoles consoles = consoles()) {
            consoles.connectAll().forEach((host, link) -> {
                if (link instanceof AgentLink agent) {
                    try (agent) {
                        await(agent.call(MethodNames.SERVICES_LIST, NoParams.NONE)).services()
                                .forEach(row -> rows.add(new HostServiceRow(host, row)));
                    }
                } else {
                    failures.add(host + ": " + link);
                }
            });
        }
        print(rows);
        failures.forEach(failure -> err().println("error: " + failure));
        if (!failures.isEmpty()) {
            throw new RemoteFailure(failures.size() + " host(s) could not be reached", 1);
        }
    }

    private void print(List<HostServiceRow> rows) {
        if (main.json) {
            printJson(rows);
            return;
        }
        Set<String> display = new LinkedHashSet<>();
        rows.forEach(row -> display.addAll(row.service().display().keySet()));
        List<String> header = new ArrayList<>(List.of("HOST", "NAME", "STATE", "DEPLOYMENTS"));
        header.addAll(display);
        TextTable table = new TextTable(header);
        for (HostServiceRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.host(), row.service().name(), row.service().state(),
                    String.join(",", row.service().deployments())));
            Map<String, String> values = row.service().display();
            display.forEach(key -> cells.add(values.getOrDefault(key, "")));
            table.add(cells);
        }
        table.print(out());
    }
}
