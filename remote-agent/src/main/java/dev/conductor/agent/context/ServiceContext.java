package dev.conductor.agent.context;

import dev.conductor.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The context of a service: its config variables, then the {@code CONDUCTOR_*} variables that
 * describe it, run in the service directory.
 *
 * @param spec the resolved service
 * @param config the variables to use, which replace {@code spec.config()}: the file's values
 *     with overrides applied, or a revision's snapshot
 * @param secrets the values of the service's secrets by key, which come after the config; never
 *     part of a revision, so they are read from the store each time
 */
public record ServiceContext(ServiceSpec spec, Map<String, String> config, Map<String, String> secrets)
        implements ExecutionContext {

    // Templates test this variable to tell a running deployment from a service, so a config key
    // of that name must not fake it.
    static final String POD_IP_ADDRESS = "POD_IP_ADDRESS";

    public ServiceContext {
        Objects.requireNonNull(spec, "spec");
        config = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(config, "config")));
        secrets = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(secrets, "secrets")));
    }

    /** A context without secrets: for services that declare none, and for tests. */
    public ServiceContext(ServiceSpec spec, Map<String, String> config) {
        this(spec, config, Map.of());
    }

    /** The context with the file's config and the {@code service config set} overrides on top. */
    public static ServiceContext of(ServiceSpec spec, Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(spec.config());
        merged.putAll(overrides);
        return new ServiceContext(spec, merged);
    }

    @Override
    public Map<String, String> environment() {
        return variables().toMap();
    }

    Variables variables() {
        return new Variables()
                .putAll(config)
                .putAll(secrets)
                .remove(POD_IP_ADDRESS)
                .put("CONDUCTOR_APP", spec.appName())
                .put("CONDUCTOR_INSTANCE", spec.instanceName())
                .put("CONDUCTOR_SERVICE_NAME", spec.name())
                .put("CONDUCTOR_SERVICE_DIR", spec.directory().toString())
                .put("CONDUCTOR_SERVICE_UNIT", UnitNames.service(spec.name()))
                .put("CONDUCTOR_SERVICE_CONFIG_UNIT", UnitNames.serviceConfig(spec.name()));
    }

    // records print their components: never the secrets' values
    @Override
    public String toString() {
        return "ServiceContext[" + spec.name() + ", config " + config.keySet() + ", secrets " + secrets.keySet() + "]";
    }

    @Override
    public Path workingDirectory() {
        return spec.directory();
    }

    @Override
    public String describe() {
        return "service '" + spec.name() + "'";
    }
}
