package dev.conductor.agent.deploy;

import java.time.Duration;

/**
 * How a deploy runs.
 *
 * @param healthTimeout how long a new deployment may take to become healthy
 * @param drain how long the old deployment keeps running after its routes are gone, so that
 *     requests in flight finish
 */
public record DeployOptions(Duration healthTimeout, Duration drain) {

    public static final DeployOptions DEFAULT = new DeployOptions(Duration.ofSeconds(120), Duration.ofSeconds(2));
}
