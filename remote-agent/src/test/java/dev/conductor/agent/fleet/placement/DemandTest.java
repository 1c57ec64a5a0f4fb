package dev.conductor.agent.fleet.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.spec.load.ServiceFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loaded service file as a demand: what the file says, with min completed by best. */
class DemandTest {

    @TempDir
    Path root;

    @Test
    void aServiceFileBecomesItsDemand() throws IOException {
        Path dir = Files.createDirectories(root.resolve("web"));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME), """
                {"resources": {"best": {"vcpu": 2, "ram_gb": 4, "ports": 1}, "min": {"vcpu": 1, "ram_gb": 2}},
                 "replicas": 2, "conditions": {"labels": {"tier": "front"}}}""");

        Demand demand = Demand.of(new ServiceFileLoader().load(dir).spec());

        assertThat(demand.service()).isEqualTo("web");
        assertThat(demand.replicas()).isEqualTo(2);
        assertThat(demand.min()).isEqualTo(Map.of("vcpu", 1.0, "ram_gb", 2.0, "ports", 1.0));
        assertThat(demand.conditions().matches("any", Map.of("tier", "front"))).isTrue();
        assertThat(demand.floor("gpu")).isZero();
    }

    @Test
    void lessThanOneReplicaIsRefused() {
        assertThatThrownBy(() -> new Demand("web", Map.of(), Map.of(), 0, null))
                .hasMessage("service web: replicas 0 is less than 1");
    }
}
