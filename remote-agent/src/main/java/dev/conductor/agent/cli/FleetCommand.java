package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.ClusterPaths;
import dev.conductor.agent.fleet.ClusterSettings;
import dev.conductor.agent.fleet.FleetBuckets;
import dev.conductor.agent.fleet.FleetOverview;
import dev.conductor.agent.fleet.PeerRow;
import dev.conductor.agent.fleet.Peers;
import dev.conductor.agent.fleet.bundle.BundlePacker;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.catalog.FleetService;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.nats.NatsException;
import dev.conductor.agent.fleet.schedule.PlacementBoard;
import dev.conductor.protocol.method.RunningInfo;
import dev.conductor.text.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fleet push|ls|rm}: the service definitions this host's cluster shares. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "Publish, list or remove the services the cluster shares and places (see docs/fleet.md).")
final class FleetCommand {

    @Spec
    private CommandSpec spec;

    /**
     * One row of {@code fleet ls}: the service's current version, where the board places it, and where the
     * alive hosts' heartbeats say it runs.
     */
    record Row(String name, long version, String digest, String pushedAt, String pushedBy, List<String> placedOn,
            List<RunningInfo> runningOn) {}

    @Command(name = "push", mixinStandardHelpOptions = true, description = {"Publish a service directory (its"
            + " conductor-service.json, templates and hooks) as the service's next version. It is loaded first, as"
            + " the engine would: one that does not load is refused and nothing changes. The agents of the hosts it"
            + " is placed on install it within a few seconds, and their watch mode deploys it."})
    void push(@Parameters(paramLabel = "DIR", description = "The service directory; its name is the service's.")
            Path directory, @Option(names = "--json", description = "Print the pushed version as JSON.") boolean json)
            throws IOException {
        // the CA host's agent makes the buckets as servers join; a push before that says there are none
        FleetCatalog.Pushed pushed = withFleet(fleet -> fleet.catalog().push(BundlePacker.pack(directory)), true);
        PrintWriter out = spec.commandLine().getOut();
        FleetService service = pushed.service();
        if (json) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("service", service);
            shown.put("changed", pushed.changed());
            out.println(JsonFiles.MAPPER.writeValueAsString(shown));
        } else {
            out.printf("%s %s version %d (%s)%n", pushed.changed() ? "pushed" : "unchanged:", service.name(),
                    service.version(), service.digest().substring(0, 12));
        }
        out.flush();
    }

    @Command(name = "ls", mixinStandardHelpOptions = true,
            description = "List the cluster's services: current version, when and where from it was pushed, the"
                    + " hosts it is placed on, and those that run it (version and deploy state as their heartbeat says).")
    void list(@Option(names = "--json", description = "Print as JSON.") boolean json) throws IOException {
        List<Row> rows = withFleet(FleetCommand::rows, false);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonFiles.MAPPER.writeValueAsString(rows));
        } else {
            TextTable table = new TextTable(List.of("NAME", "VERSION", "DIGEST", "PUSHED", "BY", "PLACED ON",
                    "RUNNING ON"));
            rows.forEach(row -> table.add(List.of(row.name(), String.valueOf(row.version()), row.digest().substring(0, 12),
                    row.pushedAt(), row.pushedBy(), row.placedOn().isEmpty() ? "(none yet)" : String.join(",",
                            row.placedOn()), running(row))));
            table.print(out);
        }
        out.flush();
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, description = {"Remove a service from the cluster: the"
            + " hosts that run it stop it and remove its files within a few seconds."})
    void remove(@Parameters(paramLabel = "NAME") String name) {
        if (!withFleet(fleet -> fleet.catalog().remove(name), true)) {
            throw new ConductorException(ErrorKind.NOT_FOUND, "no service '" + name + "' in the fleet");
        }
        spec.commandLine().getOut().println("removed " + name + " from the fleet");
        spec.commandLine().getOut().flush();
    }

    // a host that runs another version than the current one says which
    private static String running(Row row) {
        return row.runningOn().isEmpty() ? "-" : String.join(",", row.runningOn().stream().map(on -> on.host()
                + (on.digest().equals(row.digest()) ? "" : "@" + on.digest().substring(0, Math.min(12,
                        on.digest().length())))).toList());
    }

    private static List<Row> rows(Fleet fleet) {
        Map<String, PlacementBoard.Entry> placed = fleet.board().all();
        List<PeerRow> peers = fleet.peers().list();
        return fleet.catalog().list().stream().map(service -> new Row(service.name(), service.version(),
                service.digest(), service.pushedAt().toString(), service.pushedBy(),
                placed.containsKey(service.name()) ? placed.get(service.name()).hosts() : List.of(),
                FleetOverview.runningOn(service.name(), peers))).toList();
    }

    private record Fleet(FleetCatalog catalog, PlacementBoard board, Peers peers) {}

    /** @param changes whether the work changes the services, so that the agents are told at once */
    private static <T> T withFleet(Function<Fleet, T> work, boolean changes) {
        ClusterPaths paths = ClusterPaths.standard();
        ClusterSettings settings = ClusterCommand.settings(paths);
        try (JnatsFleet fleet = JnatsFleet.connect(settings.agentEndpoint(paths), JnatsFleet.OPERATOR_PATIENCE)) {
            T result = work.apply(new Fleet(new FleetCatalog(fleet, fleet, Clock.systemUTC(), settings.serverName()),
                    new PlacementBoard(fleet), new Peers(fleet, Clock.systemUTC())));
            if (changes) {
                try {
                    fleet.signal(FleetBuckets.CHANGED);
                } catch (NatsException lost) {
                    // the change is stored; the agents see it at their next heartbeat instead
                }
            }
            return result;
        }
    }
}
