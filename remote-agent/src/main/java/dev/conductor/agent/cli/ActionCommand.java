package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.function.ActionListing;
import dev.conductor.agent.function.ActionRow;
import dev.conductor.agent.function.FunctionHost;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.text.TextTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code action ...}: a service's commands run by name, and those exposed as remote actions. */
@Command(name = "action", mixinStandardHelpOptions = true, subcommands = ActionRunCommand.class,
        description = {"Run a service's commands, and list those exposed as remote actions.",
                "A command with \"remote\": {\"policies\": [...]} also runs on an authorized",
                "POST /action/SERVICE/NAME whose body is a JSON array of string arguments;",
                "its output streams back, ending with the line 'conductor-exit-code: N'."})
final class ActionCommand {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    ActionCommand() {
        this(AgentGraph::standard);
    }

    ActionCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Command(name = "ls", description = "List remote actions: route, policies, bounds, state, runs and requests.")
    void list(@Parameters(paramLabel = "SERVICE", arity = "0..1", description = "Only this service's.") String service,
            @Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        List<ServiceSpec> services = service != null ? List.of(graphs.get().catalog().load(service))
                : graphs.get().catalog().loadAll().services();
        List<ActionRow> rows = new ActionListing(FunctionHost.current()).list(services);
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(rows));
            out().flush();
            return;
        }
        TextTable table = new TextTable(List.of("SERVICE", "ACTION", "ROUTE", "POLICIES", "STATE", "RUNNING",
                "REQUESTS", "ERRORS", "DESCRIPTION"));
        rows.forEach(row -> table.add(List.of(row.service(), row.name(), row.route(), String.join(",", row.policies()),
                row.state(), row.running() + "/" + row.maxConcurrency(), String.valueOf(row.requests()),
                String.valueOf(row.errors()), row.description())));
        table.print(out());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
