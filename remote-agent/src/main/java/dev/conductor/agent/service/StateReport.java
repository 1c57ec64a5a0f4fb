package dev.conductor.agent.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.engine.ServiceCatalog;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** Every service's deploy state as scripts read it: {@code GET /v1/state} on the agent's socket. */
public final class StateReport {

    /**
     * One service.
     *
     * @param revision the serving revision, 0 when none
     * @param next the revision being deployed, or null
     * @param failedRevision the revision whose deploy failed last, or null
     * @param attempts how many times in a row it failed
     * @param retryAt when the agent tries it again, or null
     */
    public record Entry(String name, String state, String reason, int revision, List<String> deployments,
            Integer next, @JsonProperty("failed_revision") Integer failedRevision, int attempts,
            @JsonProperty("retry_at") Instant retryAt, Integer hold) {}

    private final ServiceCatalog catalog;
    private final StateStore states;

    public StateReport(ServiceCatalog catalog, StateStore states) {
        this.catalog = catalog;
        this.states = states;
    }

    public List<Entry> entries() {
        TreeSet<String> names = new TreeSet<>(states.services());
        catalog.loadAll().services().forEach(spec -> names.add(spec.name()));
        return names.stream().map(name -> entry(name, states.load(name))).toList();
    }

    static Entry entry(String name, ServiceState state) {
        ServiceState.Failure failure = state.failure();
        return new Entry(name, state.state().label(), state.reason(),
                state.current() == null ? 0 : state.current().revision(),
                state.current() == null ? List.of() : state.current().deployments(),
                state.next() == null ? null : state.next().revision(),
                failure == null ? null : failure.revision(), failure == null ? 0 : failure.attempts(),
                failure == null ? null : failure.retryAt(), state.hold());
    }
}
