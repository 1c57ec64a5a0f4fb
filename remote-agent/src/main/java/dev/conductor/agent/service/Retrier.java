package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.deploy.DeployState;
import dev.conductor.agent.deploy.Deploys;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.spec.ServiceSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tries failed deploys again, as condo does: a service in {@code TryAgain} or {@code TryAgainNext}
 * gets the same revision again after 5 s, then 10 s, doubling to 5 min, until it succeeds, its
 * files change, or an operator rolls back or stops it (each of which clears the failure).
 */
public final class Retrier {

    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration MAX = Duration.ofMinutes(5);

    private final ServicePorts ports;
    private final Deploys deploys;
    private final ServiceLifecycle lifecycle;
    private final DeployListener listener;
    private final Clock clock;

    /** @param lifecycle registers the service-level snippets again after a retry that succeeded */
    public Retrier(ServicePorts ports, Deploys deploys, ServiceLifecycle lifecycle, DeployListener listener,
            Clock clock) {
        this.ports = ports;
        this.deploys = deploys;
        this.lifecycle = lifecycle;
        this.listener = listener;
        this.clock = clock;
    }

    /** One pass over every service: schedules new failures and retries those that are due. */
    public void tick() {
        for (String service : ports.states().services()) {
            try {
                tick(service);
            } catch (RuntimeException e) {
                listener.step("retry", service + ": " + e.getMessage());
            }
        }
    }

    static Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 16);
        Duration wait = FIRST.multipliedBy(factor);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }

    private void tick(String service) {
        if (!retrying(ports.states().load(service))) {
            return;
        }
        if (tickLocked(service)) {
            // a first deploy that failed left the service unit failed: starting it deploys again,
            // and its start takes the service's lock, so it must not be held here
            listener.step("retry", service + ": starting " + UnitNames.service(service) + " again");
            ports.systemd().resetFailed(UnitNames.service(service));
            try {
                ports.systemd().start(UnitNames.service(service));
            } catch (RuntimeException failed) {
                scheduleNext(service);
            }
        }
    }

    /** Returns true when the service unit must be started again, which needs the lock free. */
    private boolean tickLocked(String service) {
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), service)) {
            ServiceState state = ports.states().load(service);
            if (!retrying(state)) {
                return false;
            }
            // files changed or service gone: a reload deploys the files, a retry would undo them
            Optional<Revision> revision = retriable(service, state.failure().revision());
            if (revision.isEmpty()) {
                return false;
            }
            if (state.failure().retryAt() == null) {
                ports.states().save(service, state.retryAt(clock.instant().plus(backoff(state.failure().attempts()))));
                return false;
            }
            if (clock.instant().isBefore(state.failure().retryAt())) {
                return false;
            }
            if (!ports.systemd().state(UnitNames.service(service)).active()) {
                return true;
            }
            retry(service, state, revision.get());
            return false;
        }
    }

    private void scheduleNext(String service) {
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), service)) {
            ServiceState after = ports.states().load(service);
            if (after.failure() != null && !after.deploying()) {
                ports.states().save(service, after.retryAt(clock.instant().plus(backoff(after.failure().attempts()))));
            }
        }
    }

    private static boolean retrying(ServiceState state) {
        return state.failure() != null
                && (state.state() == DeployState.TRY_AGAIN || state.state() == DeployState.TRY_AGAIN_NEXT);
    }

    /** The failed revision, while the files it came from are still what the service declares. */
    private Optional<Revision> retriable(String service, int number) {
        ServiceSpec spec;
        try {
            spec = ports.catalog().load(service);
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
        if (!ports.catalog().runsHere(spec)) {
            return Optional.empty();
        }
        String fingerprint = ports.catalog().fingerprint(spec);
        return ports.states().revision(service, number)
                .filter(revision -> revision.specHash().equals(fingerprint) || revision.specHash().startsWith("rollback:"));
    }

    private void retry(String service, ServiceState state, Revision revision) {
        listener.step("retry", service + ": attempt " + (state.failure().attempts() + 1) + " of revision "
                + revision.number());
        try {
            deploys.deployer(listener).roll(ports.catalog().load(service), revision,
                    DeployOptions.DEFAULT.withTrigger(Trigger.of("retry")));
        } catch (RuntimeException failed) {
            ServiceState after = ports.states().load(service);
            if (after.failure() != null) {
                ports.states().save(service, after.retryAt(clock.instant().plus(backoff(after.failure().attempts()))));
            }
            return;
        }
        try {
            lifecycle.register(service);
        } catch (RuntimeException e) {
            listener.step("retry", service + ": deployed, but its service-level routes were not registered again: "
                    + e.getMessage());
        }
    }

}
