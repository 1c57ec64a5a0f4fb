package dev.conductor.agent.cli;

import dev.conductor.text.TextTable;

import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.service.ConfigOverrides;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code service config get|set|unset}: operator overrides on top of the service file's config. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Read and override a service's config without editing its files.",
                "Overrides live in /var/lib/conductor/services/NAME/config.json."})
final class ServiceConfigCommand {

    private final Supplier<AgentGraph> graphs;

    @Spec
    private CommandSpec spec;

    ServiceConfigCommand() {
        this(AgentGraph::standard);
    }

    ServiceConfigCommand(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Command(description = "Show the effective config (file + overrides), or one variable's value.")
    void get(@Parameters(paramLabel = "NAME") String name,
             @Parameters(paramLabel = "VAR", arity = "0..1") String variable,
             @Option(names = "--show-secrets", description = "Print secret values.") boolean showSecrets,
             @Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        List<ConfigOverrides.Entry> entries = graphs.get().configOverrides().effective(name, showSecrets);
        if (variable != null) {
            entries = List.of(entries.stream().filter(entry -> entry.name().equals(variable)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("service '" + name + "' has no config variable '"
                            + variable + "'")));
        }
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(entries));
        } else if (variable != null) {
            out().println(entries.get(0).value());
        } else {
            TextTable table = new TextTable(List.of("VAR", "VALUE", "SOURCE"));
            entries.forEach(e -> table.add(List.of(e.name(), e.value(), e.overridden() ? "override" : "file")));
            table.print(out());
        }
        out().flush();
    }

    @Command(description = {"Override variables, then redeploy with zero downtime if the service runs.",
            "A stopped service picks the values up when it starts."})
    void set(@Parameters(paramLabel = "NAME") String name,
             @Parameters(paramLabel = "VAR=VALUE", arity = "1..*") List<String> assignments,
             @Option(names = "--no-reload", description = "Only save; apply at the next deploy.") boolean noReload) {
        AgentGraph graph = graphs.get();
        ConfigOverrides overrides = graph.configOverrides();
        try {
            ConfigOverrides.parse(assignments);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine().getSubcommands().get("set"), e.getMessage(), e);
        }
        overrides.set(name, assignments).keySet().forEach(key -> out().println("set " + key));
        apply(overrides, name, noReload);
    }

    @Command(description = "Remove overrides, so that the file's values apply again; redeploys like 'set'.")
    void unset(@Parameters(paramLabel = "NAME") String name,
               @Parameters(paramLabel = "VAR", arity = "1..*") List<String> variables,
               @Option(names = "--no-reload", description = "Only save; apply at the next deploy.") boolean noReload) {
        ConfigOverrides overrides = graphs.get().configOverrides();
        overrides.unset(name, variables);
        variables.forEach(key -> out().println("unset " + key));
        apply(overrides, name, noReload);
    }

    private void apply(ConfigOverrides overrides, String name, boolean noReload) {
        out().flush();
        out().println(overrides.apply(name, !noReload, new ProgressPrinter(out(), false)));
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
