package dev.conductor.agent.cli;

import dev.conductor.protocol.ServiceRow;
import dev.conductor.text.TextTable;

import dev.conductor.agent.engine.DisplayConfig;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.service.ServiceListing;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code service ls}: every service of this host with its state and display columns. */
@Command(name = "ls", mixinStandardHelpOptions = true,
        description = {"List services: state, serving deployments and the display_service_config columns.",
                "Broken service files are listed as 'broken' (the error is in --json)."})
final class ServiceListCommand implements Callable<Integer> {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print as JSON.")
    private boolean json;

    ServiceListCommand() {
        this(AgentGraph::standard);
    }

    ServiceListCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public Integer call() throws Exception {
        List<ServiceRow> rows = graphs.get().serviceListing().list();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonFiles.MAPPER.writeValueAsString(rows));
            out.flush();
            return 0;
        }
        List<String> columns = DisplayConfig.union(rows.stream().map(ServiceRow::display).toList());
        List<String> header = new ArrayList<>(List.of("NAME", "APP", "INSTANCE", "STATE", "DEPLOYMENTS",
                "FUNCTIONS"));
        header.addAll(columns);
        TextTable table = new TextTable(header);
        for (ServiceRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.name(), row.app(), row.instance(), row.state(),
                    String.join(",", row.deployments()), String.valueOf(row.functions().size())));
            columns.forEach(column -> cells.add(row.display().getOrDefault(column, "")));
            table.add(cells);
        }
        table.print(out);
        return 0;
    }
}
