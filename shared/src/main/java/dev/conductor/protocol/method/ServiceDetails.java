package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.conductor.spec.Command;
import dev.conductor.spec.HealthCheck;
import dev.conductor.spec.Hook;
import dev.conductor.spec.Pod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code service.show}, and what the agent's {@code service show} prints. Config values are masked.
 *
 * @param name the service name
 * @param app {@code app_name}
 * @param instance {@code instance_name}
 * @param directory the service directory
 * @param state the deploy state label, with the unit state when it is not active
 * @param reason why it is in that state
 * @param hold the revision a rollback pinned, or null
 * @param current the serving release, or null
 * @param next the release being deployed, or null
 * @param healthCheck the readiness probe, or null
 * @param pods the pods
 * @param hooks the hooks
 * @param commands the commands by name, in declaration order
 * @param deployments the current release's deployments with their display values
 * @param config the effective config, secrets masked
 * @param overridden the config keys set with {@code service config set}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceDetails(
        String name, String app, String instance, String directory, String state, String reason, Integer hold,
        ReleaseInfo current, ReleaseInfo next, HealthCheck healthCheck, List<Pod> pods, List<Hook> hooks,
        Map<String, Command> commands, List<DeploymentView> deployments, Map<String, String> config,
        List<String> overridden) {

    public ServiceDetails {
        pods = list(pods);
        hooks = list(hooks);
        commands = map(commands);
        deployments = list(deployments);
        config = map(config);
        overridden = list(overridden);
    }

    /**
     * A deployment of the current release.
     *
     * @param display the {@code display_service_deployment_config} values of its revision's config, masked
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeploymentView(String name, String part, int revision, Map<String, String> display) {

        public DeploymentView {
            display = map(display);
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    // in order: the consoles list commands and config as the service file declares them
    private static <V> Map<String, V> map(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
