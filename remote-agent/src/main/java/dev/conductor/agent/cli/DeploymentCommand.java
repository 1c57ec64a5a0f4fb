package dev.conductor.agent.cli;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.text.TextTable;

import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.deploy.DeploymentControl;
import dev.conductor.agent.deployment.DeploymentListing;
import dev.conductor.agent.engine.DisplayConfig;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.logs.JournalQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deployment ...}: list, inspect and remove the deployments (pods) of services. */
@Command(name = "deployment", mixinStandardHelpOptions = true,
        description = "List and inspect deployments, the pods that services run.")
final class DeploymentCommand {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    DeploymentCommand() {
        this(AgentGraph::standard);
    }

    DeploymentCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Command(name = "ls", description = "List deployments: state (unit/pod), address and display_deployment_config columns.")
    void list(@Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        List<DeploymentRow> rows = graphs.get().deploymentListing().list();
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(rows));
            out().flush();
            return;
        }
        List<String> columns = DisplayConfig.union(rows.stream().map(DeploymentRow::display).toList());
        List<String> header = new ArrayList<>(List.of("NAME", "SERVICE", "PART", "STATE", "IP"));
        header.addAll(columns);
        TextTable table = new TextTable(header);
        for (DeploymentRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.name(), row.service(), row.part(), row.state(), row.ip()));
            columns.forEach(column -> cells.add(row.display().getOrDefault(column, "")));
            table.add(cells);
        }
        table.print(out());
    }

    @Command(description = "Print the variables of the deployment context (its revision's config, CONDUCTOR_*, POD_*).")
    void env(@Parameters(paramLabel = "NAME") String name,
             @Option(names = "--show-secrets", description = "Print secret values.") boolean showSecrets,
             @Option(names = "--json", description = "Print as a JSON object.") boolean json) throws Exception {
        EnvPrinter.print(out(), graphs.get().commandRunner().deploymentContext(name).environment(), showSecrets,
                json);
    }

    @Command(description = "Show the journal of the deployment: its units and its pod's containers.")
    int logs(@Parameters(paramLabel = "NAME") String name, @Mixin JournalOptions journal) {
        AgentGraph graph = graphs.get();
        return journal.show(graph.processes(), graph.journalQuery().deploymentMatches(name), out());
    }

    @Command(description = {"Stop the deployment's routes and pod; the service's state is left alone.",
            "'service deploy SERVICE' (or a service restart) starts a replacement."})
    void stop(@Parameters(paramLabel = "NAME") String name) {
        out().println(graphs.get().deploymentControl().stop(name));
        out().flush();
    }

    @Command(description = {"Remove the deployment: routes, units, pod and directory.",
            "Refused for a deployment that serves its service, unless --force."})
    void rm(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--force", description = "Remove it even when it serves its service.") boolean force) {
        out().println(graphs.get().deploymentControl().remove(name, force));
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
