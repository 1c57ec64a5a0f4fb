package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.fleet.ClusterPaths;
import dev.conductor.agent.fleet.ClusterSettings;
import dev.conductor.agent.fleet.PeerRow;
import dev.conductor.agent.fleet.Peers;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.text.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer ls|rm}: the hosts of this host's cluster, as their heartbeats show them. */
@Command(name = "peer", mixinStandardHelpOptions = true,
        description = "List or forget the hosts of this host's cluster (see 'cluster').")
final class PeerCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "ls", mixinStandardHelpOptions = true, description = {"List the cluster's hosts: address,"
            + " labels, resources, when last heard of, and alive or missing (no heartbeat for 12 s)."})
    void list(@Option(names = "--json", description = "Print as JSON.") boolean json) throws IOException {
        List<PeerRow> rows = withPeers(Peers::list);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonFiles.MAPPER.writeValueAsString(rows));
        } else {
            TextTable table = new TextTable(List.of("HOST", "ADDRESS", "LABELS", "RESOURCES", "LAST SEEN", "STATE"));
            rows.forEach(row -> table.add(List.of(row.host(), row.address(), row.labels().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(",")),
                    row.resources() == null ? "" : row.resources().toString(), row.lastSeen().toString(),
                    row.state())));
            table.print(out);
        }
        out.flush();
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, description = {"Forget a host. If its agent still"
            + " runs, it reappears at its next heartbeat; its server stays a member of the NATS cluster."})
    void remove(@Parameters(paramLabel = "HOST") String host) {
        withPeers(peers -> {
            peers.remove(host);
            return null;
        });
        spec.commandLine().getOut().println("removed peer " + host);
        spec.commandLine().getOut().flush();
    }

    private static <T> T withPeers(Function<Peers, T> work) {
        ClusterPaths paths = ClusterPaths.standard();
        ClusterSettings settings = ClusterCommand.settings(paths);
        try (JnatsFleet fleet = JnatsFleet.connect(settings.agentEndpoint(paths), JnatsFleet.OPERATOR_PATIENCE)) {
            return work.apply(new Peers(fleet, Clock.systemUTC()));
        }
    }
}
