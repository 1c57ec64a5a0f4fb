package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.protocol.MessageCodec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deploy answer is the service's state as the agent has always sent it, field for field. */
class DeployResultsTest {

    private static final Release R1 = new Release(1, List.of("web-r1"));
    private static final Release R2 = new Release(2, List.of("web-r2", "web-worker-r2"));

    @Test
    void writesTheStateAsTheAgentSentIt() {
        ServiceState stable = ServiceState.initial().begin(R1, "deploy").succeed();
        ServiceState failed = stable.begin(R2, "deploy").fail("revision 2 not healthy")
                .retryAt(Instant.parse("2026-11-03T10:01:00.123456789Z")).held(1, "abc");
        ServiceState switching = stable.begin(R2, "deploy").switching();

        for (ServiceState state : List.of(ServiceState.initial(), stable, failed, switching)) {
            assertThat(json(DeployResults.of(state))).as(state.toString()).isEqualTo(json(state));
        }
    }

    private static JsonNode json(Object value) {
        return MessageCodec.MAPPER.valueToTree(value);
    }
}
