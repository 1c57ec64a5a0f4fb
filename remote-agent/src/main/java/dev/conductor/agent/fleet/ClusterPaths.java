package dev.conductor.agent.fleet;

import java.nio.file.Path;

/**
 * Where a host keeps its part of the fleet. Everything under {@link #dir} is root's only (0600
 * files in 0700 directories): the server's config holds the agents' password, tls/ the keys.
 *
 * @param dir /etc/conductor/nats: nats.conf, cluster.json, tls/
 * @param store JetStream's store directory
 * @param unitFile the systemd unit of this host's server
 */
public record ClusterPaths(Path dir, Path store, Path unitFile) {

    public static final String UNIT = "conductor-nats.service";

    public static ClusterPaths standard() {
        return new ClusterPaths(Path.of("/etc/conductor/nats"), Path.of("/var/lib/conductor/nats"),
                Path.of("/etc/systemd/system", UNIT));
    }

    public Path config() {
        return dir.resolve("nats.conf");
    }

    /** The cluster's settings as this host knows them: its existence means "the cluster is configured". */
    public Path settings() {
        return dir.resolve("cluster.json");
    }

    public Path tls() {
        return dir.resolve("tls");
    }

    public Path caCert() {
        return tls().resolve("ca.crt");
    }

    /** Only on the host that made the CA (the first one); it never leaves that host. */
    public Path caKey() {
        return tls().resolve("ca.key");
    }

    public Path serverCert() {
        return tls().resolve("server.crt");
    }

    public Path serverKey() {
        return tls().resolve("server.key");
    }
}
