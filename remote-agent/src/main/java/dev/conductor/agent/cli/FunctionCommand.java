package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.function.FunctionHost;
import dev.conductor.agent.function.FunctionId;
import dev.conductor.agent.function.FunctionListing;
import dev.conductor.agent.function.FunctionRoutes;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.spec.ServiceFunction;
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

/** {@code function ...}: the functions of this host's services and what serving them did. */
@Command(name = "function", mixinStandardHelpOptions = true, subcommands = FunctionLogsCommand.class,
        description = "List and inspect functions, which the resident agent serves, and print their Caddy routes.")
final class FunctionCommand {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    FunctionCommand() {
        this(AgentGraph::standard);
    }

    FunctionCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Command(name = "ls", description = "List functions: format, mode, state, route, running and warm processes,"
            + " requests, errors, latency.")
    void list(@Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        List<FunctionRow> rows = rows();
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(rows));
            out().flush();
            return;
        }
        TextTable table = new TextTable(List.of("FUNCTION", "SERVICE", "FORMAT", "MODE", "STATE", "ROUTE", "RUNNING",
                "WARM", "REQUESTS", "ERRORS", "P50 MS", "P95 MS"));
        rows.forEach(row -> table.add(List.of(row.id(), row.service(), row.format(), row.mode(), row.state(),
                row.route(), String.valueOf(row.running()), String.valueOf(row.warm()),
                String.valueOf(row.requests()), String.valueOf(row.errors()),
                String.valueOf(row.p50Millis()), String.valueOf(row.p95Millis()))));
        table.print(out());
    }

    @Command(name = "show", description = "Show one function, by its id (SERVICE or SERVICE-NAME).")
    void show(@Parameters(paramLabel = "FUNCTION") String id,
            @Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        FunctionRow row = rows().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConductorException(ErrorKind.NOT_FOUND, "no function '" + id + "'; functions: "
                        + rows().stream().map(FunctionRow::id).toList()));
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(row));
        } else {
            JsonFiles.MAPPER.valueToTree(row).fields().forEachRemaining(field ->
                    out().println(field.getKey() + ": " + field.getValue().asText()));
        }
        out().flush();
    }

    @Command(name = "caddy-config", description = {"Print the Caddy snippet that routes to a function, as a proxy"
            + " template prints it: its path, by default /cgi/FUNCTION_ID and below, to its socket.",
            "A proxy template called for a function (CONDUCTOR_FUNCTION_ID set) can hand over to it:",
            "  if [ -n \"$CONDUCTOR_FUNCTION_ID\" ]; then exec conductor-agent function caddy-config; fi"})
    void caddyConfig(@Option(names = "--id", paramLabel = "FUNCTION", defaultValue = "${env:CONDUCTOR_FUNCTION_ID}",
            description = "The function (default: $CONDUCTOR_FUNCTION_ID, which the template gets).") String id) {
        if (id == null || id.isBlank()) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "which function? give --id FUNCTION, or run this from a proxy"
                    + " template called for a function (CONDUCTOR_FUNCTION_ID set)");
        }
        for (ServiceSpec service : graphs.get().catalog().loadAll().services()) {
            for (ServiceFunction function : service.functions()) {
                if (FunctionId.of(service.name(), function).equals(id)) {
                    out().println(FunctionRoutes.print(List.of(FunctionRoutes.of(service, function))));
                    out().flush();
                    return;
                }
            }
        }
        throw new ConductorException(ErrorKind.NOT_FOUND, "no function '" + id + "'; functions: "
                + rows().stream().map(FunctionRow::id).toList());
    }

    private List<FunctionRow> rows() {
        return new FunctionListing(FunctionHost.current()).list(graphs.get().catalog().loadAll().services());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
