package dev.conductor.agent.fleet;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.nats.NatsEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code cluster join INVITE}: asks the inviting cluster, over TLS checked against the invite's
 * CA and with the invite's bootstrap credential, to sign a CSR for a key made here; then writes
 * this host's config with routes to the servers it was given and starts its server.
 */
public final class ClusterJoin {

    static final Duration ANSWER = Duration.ofSeconds(30);

    private final ClusterPaths paths;
    private final Openssl openssl;
    private final NatsUnit unit;

    ClusterJoin(ClusterPaths paths, Openssl openssl, NatsUnit unit) {
        this.paths = paths;
        this.openssl = openssl;
        this.unit = unit;
    }

    public boolean join(String inviteText, String serverName, Optional<String> address, Consumer<String> progress) {
        Optional<ClusterSettings> existing = ClusterSettings.read(paths);
        if (existing.isPresent()) {
            progress.accept("already in cluster " + existing.get().clusterName() + " as server "
                    + existing.get().serverName() + "; not joining again");
            return false;
        }
        Invite invite = Invite.decode(inviteText);
        if (invite.expires().isBefore(Instant.now())) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "invite expired at " + invite.expires());
        }
        String host = address.map(HostAddress::validate).orElseGet(HostAddress::detect);
        PrivateFiles.write(paths.caCert(), invite.ca());
        openssl.newKey(paths.serverKey());
        JoinMessages.Grant grant = ask(invite, new JoinMessages.Request(invite.secret(), serverName, host,
                openssl.csr(paths.serverKey(), serverName)));
        PrivateFiles.write(paths.serverCert(), grant.cert());
        progress.accept("certificate signed by the cluster's CA (" + openssl.fingerprint(invite.ca()) + ")");
        ClusterSettings settings = new ClusterSettings(grant.clusterName(), serverName, host,
                ClusterSettings.CLIENT_PORT, ClusterSettings.CLUSTER_PORT, grant.routes(), grant.agentPassword(),
                grant.joinPassword(), false);
        ClusterInit.writeConfig(paths, settings);
        unit.install(paths);
        progress.accept("started " + ClusterPaths.UNIT + " with routes to " + String.join(", ", grant.routes()));
        try (JnatsFleet fleet = Readiness.await(settings.agentEndpoint(paths), "bucket " + FleetBuckets.PEERS
                + " readable through this server", f -> f.keys(FleetBuckets.PEERS))) {
            settings.write(paths);
        }
        progress.accept("joined cluster " + settings.clusterName() + " as server " + serverName);
        return true;
    }

    private JoinMessages.Grant ask(Invite invite, JoinMessages.Request request) {
        NatsEndpoint bootstrap = new NatsEndpoint(invite.seeds().stream().map(seed -> "tls://" + seed).toList(),
                ClusterSettings.JOIN_USER, invite.joinPassword(), invite.ca());
        byte[] answer;
        try (JnatsFleet fleet = JnatsFleet.connect(bootstrap)) {
            answer = fleet.request(JoinProtocol.SUBJECT, Invites.json(request), ANSWER);
        }
        try {
            JoinMessages.Reply reply = JsonFiles.MAPPER.readValue(answer, JoinMessages.Reply.class);
            if (reply.error() != null) {
                throw new FleetException(ErrorKind.BAD_REQUEST, "the cluster at " + invite.seeds() + " refused to"
                        + " let this host join: " + reply.error());
            }
            return JsonFiles.MAPPER.readValue(Sealed.open(invite.secret(), Base64.getDecoder().decode(reply.sealed())),
                    JoinMessages.Grant.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable join reply from " + invite.seeds(), e);
        }
    }
}
