package dev.conductor.agent.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NatsConfigTest {

    private final ClusterPaths paths = new ClusterPaths(Path.of("/etc/conductor/nats"),
            Path.of("/var/lib/conductor/nats"), Path.of("/etc/systemd/system/conductor-nats.service"));

    @Test
    void rendersTlsForClientsAndVerifiedRoutesTheUsersAndTheRoutes() {
        String conf = NatsConfig.render(new ClusterSettings("conductor", "h2", "10.0.0.2", 4222, 6222,
                List.of("10.0.0.1:6222"), "agent-pass", "join-pass", false), paths);
        assertThat(conf).contains("server_name: \"h2\"", "listen: \"10.0.0.2:4222\"", "listen: \"10.0.0.2:6222\"",
                "store_dir: \"/var/lib/conductor/nats\"", "\"nats-route://10.0.0.1:6222\"", "verify: true",
                "ca_file: \"/etc/conductor/nats/tls/ca.crt\"", "http: \"127.0.0.1:8222\"",
                "{ user: \"conductor-agent\", password: \"agent-pass\" }",
                "publish: { allow: [\"conductor.join\"] }");
    }

    @Test
    void noRoutesRenderAnEmptyListAndTheUnitRunsDebiansBinaryOnThisConfig() {
        String conf = NatsConfig.render(new ClusterSettings("conductor", "h1", "10.0.0.1", 4222, 6222, List.of(),
                "a", "b", true), paths);
        assertThat(conf).contains("routes: [\n  ]");
        assertThat(NatsUnit.render(paths)).contains("ExecStart=/usr/sbin/nats-server -c /etc/conductor/nats/nats.conf",
                "WantedBy=multi-user.target");
    }
}
