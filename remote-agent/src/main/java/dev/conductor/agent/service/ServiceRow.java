package dev.conductor.agent.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service as {@code service ls} shows it.
 *
 * @param name the service name
 * @param app {@code app_name}, {@code ""} when its files are broken
 * @param instance {@code instance_name}
 * @param state see {@link ServiceStateLabel}
 * @param reason why it is in that state: the last transition, or why it does not run here
 * @param deployments the current release's deployments
 * @param display the {@code display_service_config} values, secrets masked
 * @param error the load error of a broken service, or null
 */
public record ServiceRow(String name, String app, String instance, String state, String reason,
        List<String> deployments, Map<String, String> display, String error) {

    public ServiceRow {
        deployments = List.copyOf(deployments);
        display = Collections.unmodifiableMap(new LinkedHashMap<>(display));
    }
}
