package dev.conductor.agent.fleet;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import dev.conductor.agent.fleet.nats.KvStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * On the host that holds the CA: answers join requests. It checks and uses up the invite, signs
 * the joiner's CSR for the name and address it gave (the CA key never leaves this host), and
 * replies with the certificate, the credentials and the routes, sealed with the invite's secret.
 */
public final class JoinDesk {

    /** Makes the desk once the agent has a connection. */
    @FunctionalInterface
    public interface Factory {
        JoinDesk desk(JnatsFleet fleet, ClusterSettings settings);
    }

    private final KvStore kv;
    private final ClusterSettings settings;
    private final ClusterPaths paths;
    private final Openssl openssl;
    private final Consumer<String> log;

    JoinDesk(KvStore kv, ClusterSettings settings, ClusterPaths paths, Openssl openssl, Consumer<String> log) {
        this.kv = kv;
        this.settings = settings;
        this.paths = paths;
        this.openssl = openssl;
        this.log = log;
    }

    public static Factory standard(ClusterPaths paths, dev.conductor.agent.process.ProcessRunner processes,
            Consumer<String> log) {
        return (fleet, settings) -> new JoinDesk(fleet, settings, paths, new Openssl(processes), log);
    }

    byte[] answer(byte[] body) {
        JoinMessages.Request request;
        try {
            request = JsonFiles.MAPPER.readValue(body, JoinMessages.Request.class);
            Peers.key(request.host());
            HostAddress.validate(request.address());
        } catch (Exception e) {
            return reply(new JoinMessages.Reply("malformed join request: " + e.getMessage(), null));
        }
        boolean taken = alivePeers(kv).stream().anyMatch(p -> p.host().equals(request.host())
                || p.address().equals(request.address())) || request.host().equals(settings.serverName());
        if (taken) {
            return reply(new JoinMessages.Reply("host " + request.host() + " or address " + request.address()
                    + " is already an alive member", null));
        }
        var refused = new Invites(paths, Clock.systemUTC()).consume(request.secret());
        if (refused.isPresent()) {
            log.accept("fleet: refused join of " + request.host() + " at " + request.address() + ": " + refused.get());
            return reply(new JoinMessages.Reply(refused.get(), null));
        }
        try {
            String cert = openssl.sign(request.csr(), paths, request.host(), request.address());
            JoinMessages.Grant grant = new JoinMessages.Grant(cert, settings.agentPassword(), settings.joinPassword(),
                    settings.clusterName(), routes());
            log.accept("fleet: " + request.host() + " at " + request.address() + " joins");
            return reply(new JoinMessages.Reply(null, Base64.getEncoder()
                    .encodeToString(Sealed.seal(request.secret(), Invites.json(grant)))));
        } catch (RuntimeException e) {
            return reply(new JoinMessages.Reply("cannot sign the certificate of " + request.host() + ": "
                    + e.getMessage(), null));
        }
    }

    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        routes.add(settings.clusterAddress());
        alivePeers(kv).stream()
                .map(p -> p.address() + ":" + ClusterSettings.CLUSTER_PORT).filter(r -> !routes.contains(r))
                .forEach(routes::add);
        return routes;
    }

    /** The alive peers, or none while JetStream has no leader yet (a cluster of one server). */
    public static List<PeerRow> alivePeers(KvStore kv) {
        try {
            return new Peers(kv, Clock.systemUTC()).list().stream().filter(p -> p.state().equals(PeerRow.ALIVE))
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static byte[] reply(JoinMessages.Reply reply) {
        return Invites.json(reply);
    }
}
