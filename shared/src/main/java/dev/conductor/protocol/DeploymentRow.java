package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One deployment as listings show it, on the agent's CLI and in the consoles.
 *
 * @param name the deployment name
 * @param service its service
 * @param part the pod's name in the service, {@code ""} for the main pod
 * @param revision the revision it runs
 * @param state the unit's active state and the pod's state, e.g. {@code active/Running}
 * @param ip the pod's address, {@code ""} when it has none
 * @param display the {@code display_deployment_config} values of its revision's config, masked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeploymentRow(String name, String service, String part, int revision, String state, String ip,
        Map<String, String> display) {

    public DeploymentRow {
        part = part == null ? "" : part;
        display = display == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(display));
    }
}
