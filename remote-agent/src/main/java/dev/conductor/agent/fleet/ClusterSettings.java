package dev.conductor.agent.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.fleet.nats.NatsEndpoint;
import dev.conductor.agent.mask.SecretMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * This host's view of the cluster, in /etc/conductor/nats/cluster.json (0600).
 *
 * @param serverName this host's server name (its host name)
 * @param address the address its server listens on, for clients and routes
 * @param routes the cluster addresses ({@code host:port}) of the servers it routes to
 * @param agentPassword the agents' credential (user {@link #AGENT_USER})
 * @param joinPassword the bootstrap credential that invites carry (user {@link #JOIN_USER}): it may only
 *     ask to join
 * @param signsJoins whether this host holds the CA key and signs joining hosts' certificates
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClusterSettings(String clusterName, String serverName, String address, int clientPort,
        int clusterPort, List<String> routes, String agentPassword, String joinPassword, boolean signsJoins) {

    public static final String AGENT_USER = "conductor-agent";
    public static final String JOIN_USER = "conductor-join";
    public static final int CLIENT_PORT = 4222;
    public static final int CLUSTER_PORT = 6222;

    public ClusterSettings {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    public static Optional<ClusterSettings> read(ClusterPaths paths) {
        Optional<ClusterSettings> settings = JsonFiles.read(paths.settings(), ClusterSettings.class);
        settings.ifPresent(s -> {
            SecretMask.register(s.agentPassword());
            SecretMask.register(s.joinPassword());
        });
        return settings;
    }

    public void write(ClusterPaths paths) {
        JsonFiles.writePrivate(paths.settings(), this);
    }

    public String clientAddress() {
        return address + ":" + clientPort;
    }

    public String clusterAddress() {
        return address + ":" + clusterPort;
    }

    /** How this host's agent reaches the cluster: its own server first, then the others'. */
    public NatsEndpoint agentEndpoint(ClusterPaths paths) {
        return new NatsEndpoint(List.of("tls://" + clientAddress()), AGENT_USER, agentPassword, caPem(paths));
    }

    static String caPem(ClusterPaths paths) {
        try {
            return Files.readString(paths.caCert());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cluster's CA certificate " + paths.caCert(), e);
        }
    }

    @Override
    public String toString() {
        return "ClusterSettings[" + clusterName + ", " + serverName + " at " + address + "]"; // no passwords
    }

}
