package dev.conductor.agent.service;

import dev.conductor.spec.Command;
import dev.conductor.spec.HealthCheck;
import dev.conductor.spec.Hook;
import dev.conductor.spec.Pod;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code service show} tells about one service. Config values are masked.
 *
 * @param name the service name
 * @param app {@code app_name}
 * @param instance {@code instance_name}
 * @param directory the service directory
 * @param state see {@link ServiceStateLabel}
 * @param reason why it is in that state
 * @param hold the revision a rollback pinned, or null
 * @param current the serving release, or null
 * @param next the release being deployed, or null
 * @param healthCheck the readiness probe, or null
 * @param pods the pods
 * @param hooks the hooks
 * @param commands the commands by name
 * @param deployments the current release's deployments with their display values
 * @param config the effective config, secrets masked
 * @param overridden the config keys set with {@code service config set}
 */
public record ServiceDetails(
        String name, String app, String instance, String directory, String state, String reason, Integer hold,
        ReleaseView current, ReleaseView next, HealthCheck healthCheck, List<Pod> pods, List<Hook> hooks,
        Map<String, Command> commands, List<DeploymentView> deployments, Map<String, String> config,
        List<String> overridden) {

    /** A release: its revision and deployment names. */
    public record ReleaseView(int revision, List<String> deployments) {}

    /**
     * A deployment of the current release.
     *
     * @param display the {@code display_service_deployment_config} values of its revision's config, masked
     */
    public record DeploymentView(String name, String part, int revision, Map<String, String> display) {}
}
