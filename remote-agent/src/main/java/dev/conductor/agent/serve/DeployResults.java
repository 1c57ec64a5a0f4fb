package dev.conductor.agent.serve;

import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.protocol.method.DeployResult;
import dev.conductor.protocol.method.ReleaseInfo;
import java.time.Instant;

/** A service's deploy state as {@code service.deploy} and {@code service.rollback} answer it. */
final class DeployResults {

    private DeployResults() {}

    static DeployResult of(ServiceState state) {
        ServiceState.Failure failure = state.failure();
        return new DeployResult(state.state().label(), release(state.current()), release(state.next()), state.reason(),
                state.hold(), state.holdSpecHash(), state.switched(), text(state.updated()), failure == null ? null
                : new DeployResult.Failure(failure.revision(), failure.attempts(), text(failure.retryAt())));
    }

    private static ReleaseInfo release(Release release) {
        return release == null ? null : new ReleaseInfo(release.revision(), release.deployments());
    }

    // Instant.toString is ISO-8601, as the protocol's mapper writes an Instant
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
