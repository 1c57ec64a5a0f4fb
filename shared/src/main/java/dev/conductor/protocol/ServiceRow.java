package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service as listings show it, on the agent's CLI and in the consoles.
 *
 * @param name the service name
 * @param app {@code app_name}, {@code ""} when its files are broken
 * @param instance {@code instance_name}
 * @param state the deploy state label ({@code Stable}, {@code TryAgainNext}, ...), {@code broken},
 *     {@code disabled} or {@code not here}, with the unit state when it is not active
 * @param reason why it is in that state: the last transition, or why it does not run here
 * @param deployments the current release's deployments
 * @param display the {@code display_service_config} values, secrets masked
 * @param error the load error of a broken service, or null
 * @param functions the ids of the functions it declares
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceRow(String name, String app, String instance, String state, String reason,
        List<String> deployments, Map<String, String> display, String error, List<String> functions) {

    public ServiceRow {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
        functions = functions == null ? List.of() : List.copyOf(functions);
        display = display == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(display));
    }

    /** A service that declares no functions. */
    public ServiceRow(String name, String app, String instance, String state, String reason, List<String> deployments,
            Map<String, String> display, String error) {
        this(name, app, instance, state, reason, deployments, display, error, List.of());
    }
}
