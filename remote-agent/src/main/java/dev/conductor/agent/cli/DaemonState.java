package dev.conductor.agent.cli;

import dev.conductor.agent.daemon.StateApi;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.UnknownServiceException;
import dev.conductor.agent.service.StateReport;
import dev.conductor.protocol.method.WaitResult;
import java.time.Duration;
import java.util.Map;

/** The socket's state routes over the engine: 200 stable, 409 failed or superseded, 504 timed out, 404 unknown. */
final class DaemonState implements StateApi {

    private final AgentGraph graph;

    DaemonState(AgentGraph graph) {
        this.graph = graph;
    }

    @Override
    public Object state() {
        return Map.of("services", graph.stateReport().entries());
    }

    @Override
    public Answer waitFor(String service, Integer revision, Duration timeout) throws InterruptedException {
        try {
            WaitResult outcome = graph.deployWait().await(service, revision, timeout);
            int status = switch (outcome.status()) {
                case "stable" -> 200;
                case "timeout" -> 504;
                default -> 409;
            };
            return new Answer(status, outcome);
        } catch (UnknownServiceException e) {
            return new Answer(404, Map.of("status", "unknown", "service", service, "reason", e.getMessage()));
        } catch (RuntimeException e) {
            return new Answer(409, Map.of("status", "error", "service", service, "reason", String.valueOf(e.getMessage())));
        }
    }
}
