package dev.conductor.agent.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A fleet service runs here when it is installed from the fleet and a release of it serves. */
class RunningServicesTest {

    private static final ServiceState SERVING = ServiceState.initial().begin(new Release(1, List.of("web-r1")), "deploy")
            .succeed();

    @Test
    void installedServicesWithAServingReleaseRunWithTheirDigestAndState() {
        Map<String, String> installed = new TreeMap<>(Map.of("web", "d1", "api", "d2", "new", "d3"));
        Map<String, ServiceState> states = Map.of("web", SERVING,
                "api", SERVING.begin(new Release(2, List.of("api-r2")), "reload: service file changed"),
                "new", ServiceState.initial().begin(new Release(1, List.of("new-r1")), "deploy"));

        List<RunningService> running = new RunningServices(() -> installed, states::get).get();

        assertThat(running).containsExactly(new RunningService("api", "d2", "WaitNext"),
                new RunningService("web", "d1", "Stable"));
    }

    @Test
    void aStoppedServiceRunsNowhere() {
        ServiceState stopped = SERVING.stopped("service stop");

        assertThat(new RunningServices(() -> Map.of("web", "d1"), name -> stopped).get()).isEmpty();
    }
}
