package dev.conductor.agent.deploy;

import java.time.Instant;

/**
 * A service's deploy state machine, as stored in {@code state.json}. Transitions return new
 * values; the store persists each one before the action it announces.
 *
 * @param state where the deploy stands
 * @param current the release serving, or null
 * @param next the release being started, or null
 * @param reason why the last transition happened, for operators ({@code ""} when none)
 * @param hold the revision a rollback pinned, or null: reload does not redeploy while held
 * @param holdSpecHash the service files' fingerprint when the hold began
 * @param switched true once the next release's routes may be registered: from then on, an
 *     interrupted deploy is finished rather than undone
 * @param updated when the state last changed
 * @param failure the last failed deploy while the state is {@code TryAgain} or {@code TryAgainNext}, else null
 */
public record ServiceState(
        DeployState state, Release current, Release next, String reason, Integer hold, String holdSpecHash,
        boolean switched, Instant updated, Failure failure) {

    /**
     * A failed deploy and its retries.
     *
     * @param revision the revision that failed
     * @param attempts how many deploys of it failed in a row
     * @param retryAt when the agent tries again, or null when no retry is due
     */
    public record Failure(int revision, int attempts, Instant retryAt) {}

    public ServiceState {
        reason = reason == null ? "" : reason;
    }

    public static ServiceState initial() {
        return new ServiceState(DeployState.INIT, null, null, "", null, null, false, Instant.now(), null);
    }

    /** A deploy of {@code release} begins. */
    public ServiceState begin(Release release, String why) {
        if (deploying()) {
            throw new DeployException("a deploy of revision " + next.revision() + " is already in progress ("
                    + state.label() + ")");
        }
        DeployState target = current == null ? DeployState.WAIT : DeployState.WAIT_NEXT;
        return new ServiceState(target, current, release, why, hold, holdSpecHash, false, Instant.now(), failure);
    }

    /** The next release is healthy and serves; the old one is gone. */
    public ServiceState succeed() {
        requireDeploying("succeed");
        return new ServiceState(DeployState.STABLE, next, null, "revision " + next.revision() + " serving",
                hold, holdSpecHash, false, Instant.now(), null);
    }

    /** The next release is healthy; its routes go in next, so there is no way back. */
    public ServiceState switching() {
        requireDeploying("switch");
        return new ServiceState(state, current, next, "switching to revision " + next.revision(), hold,
                holdSpecHash, true, Instant.now(), failure);
    }

    /** The next release failed and was removed; the current one, if any, still serves. */
    public ServiceState fail(String why) {
        requireDeploying("fail");
        if (switched) {
            throw new IllegalStateException("cannot fail a deploy that already switched routes");
        }
        DeployState target = current == null ? DeployState.TRY_AGAIN : DeployState.TRY_AGAIN_NEXT;
        int attempts = failure != null && failure.revision() == next.revision() ? failure.attempts() + 1 : 1;
        return new ServiceState(target, current, null, why, hold, holdSpecHash, false, Instant.now(),
                new Failure(next.revision(), attempts, null));
    }

    /** The failed deploy will be tried again at {@code when}; null: not again. */
    public ServiceState retryAt(Instant when) {
        if (failure == null) {
            throw new IllegalStateException("no failed deploy to retry in state " + state.label());
        }
        return new ServiceState(state, current, next, reason, hold, holdSpecHash, switched, Instant.now(),
                new Failure(failure.revision(), failure.attempts(), when));
    }

    /** The service was stopped: nothing runs any more. */
    public ServiceState stopped(String why) {
        return new ServiceState(DeployState.INIT, null, null, why, hold, holdSpecHash, false, Instant.now(), null);
    }

    /** Pins a rollback until the service files change or a new deploy is asked for. */
    public ServiceState held(int revision, String specHash) {
        return new ServiceState(state, current, next, reason, revision, specHash, switched, Instant.now(), failure);
    }

    public ServiceState released() {
        return new ServiceState(state, current, next, reason, null, null, switched, Instant.now(), failure);
    }

    /** True while a deploy is in flight. */
    public boolean deploying() {
        return state.deploying();
    }

    private void requireDeploying(String transition) {
        if (!state.deploying()) {
            throw new IllegalStateException("cannot " + transition + " from state " + state.label());
        }
    }
}
