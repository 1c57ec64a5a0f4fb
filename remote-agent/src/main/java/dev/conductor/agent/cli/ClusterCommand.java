package dev.conductor.agent.cli;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.ClusterInit;
import dev.conductor.agent.fleet.ClusterPaths;
import dev.conductor.agent.fleet.ClusterPorts;
import dev.conductor.agent.fleet.ClusterSettings;
import dev.conductor.agent.fleet.FleetException;
import dev.conductor.agent.fleet.Invites;
import dev.conductor.agent.fleet.JoinDesk;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.systemd.SystemctlSystemd;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cluster init|invite|join}: this host's part in a fleet on NATS JetStream (docs/fleet.md). */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Make this host part of a fleet: a NATS JetStream cluster (nats-server from Debian, run as"
                + " conductor-nats.service) with TLS between servers and clients. A single host needs none of it.",
                "See docs/fleet.md."})
final class ClusterCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "init", mixinStandardHelpOptions = true, description = {"Start the fleet's first server here:"
            + " a CA and certificates (made with openssl, or given), credentials, /etc/conductor/nats/nats.conf,"
            + " conductor-nats.service, and the KV buckets. Running it again changes nothing."})
    int init(@Option(names = "--address", paramLabel = "IPV4", description = "Address to serve on (default: the"
                    + " default route's interface).") String address,
            @Option(names = "--ca-cert", paramLabel = "FILE") Path caCert,
            @Option(names = "--ca-key", paramLabel = "FILE") Path caKey,
            @Option(names = "--server-cert", paramLabel = "FILE") Path serverCert,
            @Option(names = "--server-key", paramLabel = "FILE", description = "Use these certificates and keys"
                    + " instead of making them (all four; the server certificate must carry the address as an IP"
                    + " SAN and serverAuth,clientAuth).") Path serverKey) {
        Optional<ClusterInit.GivenTls> given = Optional.empty();
        if (caCert != null || caKey != null || serverCert != null || serverKey != null) {
            if (caCert == null || caKey == null || serverCert == null || serverKey == null) {
                throw new FleetException(ErrorKind.BAD_REQUEST, "give all of --ca-cert, --ca-key, --server-cert and"
                        + " --server-key, or none");
            }
            given = Optional.of(new ClusterInit.GivenTls(caCert, caKey, serverCert, serverKey));
        }
        ports().init().init(hostname(), Optional.ofNullable(address), given, this::print);
        return 0;
    }

    @Command(name = "invite", mixinStandardHelpOptions = true, description = {"Print a one-time invite for"
            + " another host, alone on the last line: pass it to 'conductor-agent cluster join' there.",
            "Run it on the first host (it holds the CA key). The invite carries a bootstrap credential that may"
                    + " only ask to join; the host keeps the SHA-256 of its secret until it is used or expires."})
    int invite(@Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "PT1H", description = "How long it"
            + " stays valid, ISO-8601 (default ${DEFAULT-VALUE}, at most PT24H).") Duration ttl) {
        ClusterPaths paths = ClusterPaths.standard();
        ClusterSettings settings = settings(paths);
        try (JnatsFleet fleet = JnatsFleet.connect(settings.agentEndpoint(paths))) {
            List<String> seeds = new ArrayList<>(List.of(settings.clientAddress()));
            JoinDesk.alivePeers(fleet).stream().map(p -> p.address() + ":" + ClusterSettings.CLIENT_PORT)
                    .filter(seed -> !seeds.contains(seed)).forEach(seeds::add);
            var invite = new Invites(paths, Clock.systemUTC()).issue(paths, settings, seeds, ttl);
            print("invite for cluster " + settings.clusterName() + ", valid until " + invite.expires()
                    + ", for one host:");
            print(invite.encode());
        }
        return 0;
    }

    @Command(name = "join", mixinStandardHelpOptions = true, description = {"Join the cluster of an invite: get"
            + " this host's certificate signed by the cluster's CA, then start conductor-nats.service with routes"
            + " to the cluster's servers."})
    int join(@Parameters(paramLabel = "INVITE") String invite,
            @Option(names = "--address", paramLabel = "IPV4", description = "Address to serve on (default: the"
                    + " default route's interface).") String address) {
        ports().join().join(invite, hostname(), Optional.ofNullable(address), this::print);
        return 0;
    }

    static ClusterSettings settings(ClusterPaths paths) {
        return ClusterSettings.read(paths).orElseThrow(() -> new FleetException(ErrorKind.NOT_FOUND,
                "this host is in no cluster (no " + paths.settings() + "); run 'conductor-agent cluster init' or"
                        + " 'cluster join'"));
    }

    private static ClusterPorts ports() {
        LocalProcessRunner processes = new LocalProcessRunner();
        SystemctlSystemd systemd = new SystemctlSystemd(processes);
        return new ClusterPorts(ClusterPaths.standard(), processes, systemd, systemd);
    }

    private static String hostname() {
        return HostIdentity.read(AgentPaths.standard().hostFile()).hostname();
    }

    private void print(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
