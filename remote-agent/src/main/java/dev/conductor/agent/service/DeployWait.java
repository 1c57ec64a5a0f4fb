package dev.conductor.agent.service;

import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.protocol.method.WaitResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Waits until a revision of a service serves, fails, or the time is up: {@code service wait},
 * {@code GET /v1/wait_for} and the consoles' {@code service.wait}. It only reads {@code state.json},
 * so it works beside any deploy, whoever started it.
 */
public final class DeployWait {

    private static final Duration POLL = Duration.ofMillis(100);
    private final ServiceCatalog catalog;
    private final StateStore states;

    public DeployWait(ServiceCatalog catalog, StateStore states) {
        this.catalog = catalog;
        this.states = states;
    }

    /**
     * @param revision the revision to wait for; null: the newest revision the service has
     * @throws dev.conductor.agent.engine.UnknownServiceException when no service has that name
     */
    public WaitResult await(String service, Integer revision, Duration timeout) throws InterruptedException {
        catalog.load(service);
        int target = revision != null ? revision : newest(service);
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ServiceState state = states.load(service);
            Optional<WaitResult> outcome = judge(service, target, state);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            if (Instant.now().isAfter(deadline)) {
                return new WaitResult("timeout", service, target, state.state().label(), "timed out after "
                        + timeout.toSeconds() + " s waiting for revision " + target + " of " + service + "; it is "
                        + state.state().label() + (state.reason().isEmpty() ? "" : ": " + state.reason()));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The outcome that {@code state} already decides, or empty while the wait goes on. */
    static Optional<WaitResult> judge(String service, int target, ServiceState state) {
        String label = state.state().label();
        if (state.deploying()) {
            return Optional.empty();
        }
        int serving = state.current() == null ? 0 : state.current().revision();
        if (serving == target) {
            return Optional.of(new WaitResult("stable", service, target, label, "revision " + target + " serving"));
        }
        if (state.failure() != null && state.failure().revision() == target) {
            return Optional.of(new WaitResult("failed", service, target, label, state.reason()));
        }
        if (serving > target) {
            return Optional.of(new WaitResult("superseded", service, target, label, "revision " + target
                    + " no longer serves: revision " + serving + " does"));
        }
        return Optional.empty();
    }

    private int newest(String service) {
        List<Revision> revisions = states.revisions(service);
        return revisions.isEmpty() ? 1 : revisions.get(revisions.size() - 1).number();
    }
}
