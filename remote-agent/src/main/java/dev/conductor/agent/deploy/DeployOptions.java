package dev.conductor.agent.deploy;

import java.time.Duration;

/**
 * How a deploy runs.
 *
 * @param healthTimeout how long a new deployment may take to become healthy
 * @param drain how long the old deployment keeps running after its routes are gone, so that
 *     requests in flight finish
 * @param trigger what asked for it, recorded with the revision it makes
 */
public record DeployOptions(Duration healthTimeout, Duration drain, Trigger trigger) {

    public static final DeployOptions DEFAULT = new DeployOptions(Duration.ofSeconds(120), Duration.ofSeconds(2));

    public DeployOptions(Duration healthTimeout, Duration drain) {
        this(healthTimeout, drain, Trigger.AGENT);
    }

    public DeployOptions withTrigger(Trigger newTrigger) {
        return new DeployOptions(healthTimeout, drain, newTrigger);
    }
}
