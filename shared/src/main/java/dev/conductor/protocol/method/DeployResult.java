package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of {@code service.deploy} and {@code service.rollback}: the service's deploy state
 * once the deploy has ended, as the agent keeps it.
 *
 * @param state the deploy state label: {@code Stable}, {@code TryAgainNext}, ...
 * @param current the release serving, or null
 * @param next the release being started, or null
 * @param reason why the last transition happened ({@code ""} when none)
 * @param hold the revision a rollback pinned, or null
 * @param holdSpecHash the service files' fingerprint when the hold began, or null
 * @param switched true once the next release's routes may be registered
 * @param updated when the state last changed, ISO-8601 UTC
 * @param failure the last failed deploy while the state is {@code TryAgain} or {@code TryAgainNext}, else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeployResult(String state, ReleaseInfo current, ReleaseInfo next, String reason, Integer hold,
        String holdSpecHash, boolean switched, String updated, Failure failure) {

    /**
     * A failed deploy and its retries.
     *
     * @param retryAt when the agent tries again, ISO-8601 UTC, or null when no retry is due
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failure(int revision, int attempts, String retryAt) {}
}
