package dev.conductor.agent.service;

import dev.conductor.agent.deploy.Trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.TestEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrierTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path root;

    @Test
    void backoffDoublesFromFiveSecondsToFiveMinutes() {
        assertThat(List.of(1, 2, 3, 4, 6, 7, 50).stream().map(Retrier::backoff).toList()).containsExactly(
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(160), Duration.ofMinutes(5), Duration.ofMinutes(5));
    }

    @Test
    void aNewFailureIsScheduledAndNothingRunsBeforeItIsDue() {
        AgentGraph engine = failedRevisionTwo(new TestEngine(root));
        engine.retrier(DeployListener.SILENT, Clock.fixed(NOW, ZoneOffset.UTC)).tick();
        ServiceState.Failure failure = engine.states().load("web").failure();
        assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(failure.attempts()).isEqualTo(1);

        engine.retrier(DeployListener.SILENT, Clock.fixed(NOW.plusSeconds(4), ZoneOffset.UTC)).tick();
        assertThat(engine.states().load("web").failure().retryAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(engine.states().load("web").state().label()).isEqualTo("TryAgainNext");
    }

    @Test
    void changedFilesAreNotRetried() {
        TestEngine test = new TestEngine(root);
        AgentGraph engine = failedRevisionTwo(test);
        test.service("web", "{\"app_name\": \"web\", \"config\": {\"TAG\": \"changed\"}}");
        engine.retrier(DeployListener.SILENT, Clock.fixed(NOW, ZoneOffset.UTC)).tick();
        assertThat(engine.states().load("web").failure().retryAt()).isNull();
    }

    private static AgentGraph failedRevisionTwo(TestEngine test) {
        test.service("web", "{\"app_name\": \"web\", \"config\": {\"TAG\": \"v1\"}}");
        AgentGraph engine = test.graph();
        engine.states().newRevision("web", "start", Map.of("TAG", "v1"), "old", Trigger.AGENT);
        var spec = engine.catalog().load("web");
        engine.states().newRevision("web", "deploy", Map.of("TAG", "v1"), engine.catalog().fingerprint(spec), Trigger.AGENT);
        engine.states().save("web", ServiceState.initial().begin(new Release(1, List.of("web-r1")), "start")
                .succeed().begin(new Release(2, List.of("web-r2")), "deploy").fail("revision 2 failed: bad"));
        return engine;
    }
}
