package dev.conductor.spec.load;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.conductor.spec.Command;
import dev.conductor.spec.Conditions;
import dev.conductor.spec.HealthCheck;
import dev.conductor.spec.Hook;
import dev.conductor.spec.Pod;
import dev.conductor.spec.Resources;
import dev.conductor.spec.SafeName;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.ServiceSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code conductor-service.json} as written: a null component means the file does not set
 * the field, so that a parent's value shows through. In {@code config}, a key mapped to null
 * removes that key from the parents.
 */
record ServiceFile(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@NotNull @Valid InheritRef> inherit,
        String appName,
        String instanceName,
        Boolean disable,
        @Valid Conditions conditions,
        @JsonDeserialize(using = ConfigDeserializer.class) Map<String, String> config,
        List<@NotNull @Valid Pod> pods,
        String proxyConfigTemplate,
        List<@NotNull @Valid Hook> hooks,
        Map<@SafeName String, @NotNull @Valid Command> commands,
        List<@NotNull @Valid ServiceFunction> functions,
        List<@NotNull String> displayServiceConfig,
        List<@NotNull String> displayServiceDeploymentConfig,
        List<@NotNull String> displayDeploymentConfig,
        @Valid HealthCheck healthCheck,
        List<@NotNull String> secrets,
        @Valid Resources resources,
        @Positive Integer replicas) {

    static final ServiceFile EMPTY = new ServiceFile(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    ServiceSpec toSpec(String name, Path directory, List<Path> sources) {
        return new ServiceSpec(name, directory, sources, appName, instanceName, Boolean.TRUE.equals(disable),
                conditions, withoutRemovedKeys(config), pods, proxyConfigTemplate, hooks, commands, functions,
                displayServiceConfig, displayServiceDeploymentConfig, displayDeploymentConfig, healthCheck, secrets,
                resources, replicas == null ? ServiceSpec.DEFAULT_REPLICAS : replicas);
    }

    private static Map<String, String> withoutRemovedKeys(Map<String, String> config) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (config != null) {
            config.entrySet().stream().filter(entry -> Objects.nonNull(entry.getValue()))
                    .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        }
        return kept;
    }
}
