package dev.conductor.agent.fleet;

import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.agent.fleet.nats.JnatsFleet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code cluster init}: makes this host the fleet's first server. It makes the CA and this
 * server's certificate (or copies given ones), the agents' and joiners' passwords, the config and
 * the unit, starts the server and waits until it answers (the resident agent creates the buckets once
 * JetStream has a leader, that is once a second server joined). Running it
 * again changes nothing.
 */
public final class ClusterInit {

    /** Certificates given by the operator instead of made here: CA certificate and key, server certificate and key. */
    public record GivenTls(Path caCert, Path caKey, Path serverCert, Path serverKey) {}

    private final ClusterPaths paths;
    private final Openssl openssl;
    private final NatsUnit unit;

    ClusterInit(ClusterPaths paths, Openssl openssl, NatsUnit unit) {
        this.paths = paths;
        this.openssl = openssl;
        this.unit = unit;
    }

    /** Returns false (and does nothing) when this host is already in a cluster. */
    public boolean init(String serverName, Optional<String> address, Optional<GivenTls> given,
            Consumer<String> progress) {
        Optional<ClusterSettings> existing = ClusterSettings.read(paths);
        if (existing.isPresent()) {
            progress.accept("already initialized: cluster " + existing.get().clusterName() + ", server "
                    + existing.get().serverName() + " at " + existing.get().address());
            return false;
        }
        String host = address.map(HostAddress::validate).orElseGet(HostAddress::detect);
        // a JetStream cluster needs routes: the first server's only route is itself, which it ignores
        ClusterSettings settings = new ClusterSettings("conductor", serverName, host, ClusterSettings.CLIENT_PORT,
                ClusterSettings.CLUSTER_PORT, List.of(host + ":" + ClusterSettings.CLUSTER_PORT), Secrets.newSecret(),
                Secrets.newSecret(), true);
        given.ifPresentOrElse(this::copy, () -> makeCertificates(serverName, host));
        progress.accept("certificates in " + paths.tls());
        writeConfig(paths, settings);
        unit.install(paths);
        progress.accept("started " + ClusterPaths.UNIT + " (client " + settings.clientAddress() + ", cluster "
                + settings.clusterAddress() + ")");
        try (JnatsFleet fleet = Readiness.await(settings.agentEndpoint(paths), "the server to accept the agents'"
                + " credential over TLS", f -> { })) {
            settings.write(paths);
        }
        progress.accept("initialized cluster " + settings.clusterName() + " with server " + serverName);
        progress.accept("note: nats-server 2.9 runs JetStream in a cluster only once a second server joins;"
                + " the agent creates the fleet's buckets then");
        return true;
    }

    static void writeConfig(ClusterPaths paths, ClusterSettings settings) {
        try {
            PrivateFiles.createDirectories(paths.store());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + paths.store(), e);
        }
        PrivateFiles.write(paths.config(), NatsConfig.render(settings, paths));
    }

    private void makeCertificates(String serverName, String address) {
        openssl.newKey(paths.caKey());
        PrivateFiles.write(paths.caCert(), openssl.newCa(paths.caKey(), "Conductor fleet CA (" + serverName + ")"));
        openssl.newKey(paths.serverKey());
        PrivateFiles.write(paths.serverCert(), openssl.sign(openssl.csr(paths.serverKey(), serverName), paths,
                serverName, address));
    }

    private void copy(GivenTls tls) {
        copy(tls.caCert(), paths.caCert(), "CA certificate");
        copy(tls.caKey(), paths.caKey(), "CA key");
        copy(tls.serverCert(), paths.serverCert(), "server certificate");
        copy(tls.serverKey(), paths.serverKey(), "server key");
    }

    private static void copy(Path from, Path to, String what) {
        Openssl.requireFile(from, what);
        try {
            PrivateFiles.write(to, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + from, e);
        }
    }
}
