package dev.conductor.agent.service;

import dev.conductor.spec.VariableName;
import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.spec.Secrets;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code service config}: values set by operators on top of the service file's {@code config},
 * kept in the service's state directory so that the files stay untouched.
 */
public final class ConfigOverrides {

    private final ServicePorts ports;
    private final Function<DeployListener, ServiceOperations> operations;

    /** @param operations deploys with the listener {@link #apply} is given */
    public ConfigOverrides(ServicePorts ports, Function<DeployListener, ServiceOperations> operations) {
        this.ports = ports;
        this.operations = operations;
    }

    /** One effective variable, with its value as it may be shown. */
    public record Entry(String name, String value, boolean overridden) {}

    /** The file's config with the overrides on top; secrets masked unless {@code showSecrets}. */
    public List<Entry> effective(String service, boolean showSecrets) {
        ServiceSpec spec = ports.catalog().load(service);
        Map<String, String> overrides = ports.states().overrides(service);
        List<Entry> entries = new ArrayList<>();
        ports.catalog().effectiveConfig(spec).forEach((name, value) -> entries.add(new Entry(name,
                showSecrets ? value : Secrets.shown(name, value), overrides.containsKey(name))));
        return entries;
    }

    /** Saves {@code VAR=VALUE} assignments as overrides; nothing is saved when one is invalid. */
    public Map<String, String> set(String service, List<String> assignments) {
        Map<String, String> parsed = parse(assignments);
        ports.catalog().load(service);
        Map<String, String> overrides = new LinkedHashMap<>(ports.states().overrides(service));
        overrides.putAll(parsed);
        ports.states().saveOverrides(service, overrides);
        return parsed;
    }

    /** Removes overrides, so that the file's values (if any) apply again. */
    public void unset(String service, List<String> names) {
        ports.catalog().load(service);
        Map<String, String> overrides = new LinkedHashMap<>(ports.states().overrides(service));
        for (String name : names) {
            if (!overrides.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is not overridden for service '" + service
                        + "'; overridden: " + overrides.keySet());
            }
        }
        names.forEach(overrides::remove);
        ports.states().saveOverrides(service, overrides);
    }

    /**
     * Makes saved changes take effect: a zero-downtime deploy when the service runs. A stopped
     * service is left stopped; it picks the values up when it starts.
     *
     * @return what happened, for operators
     */
    public String apply(String service, boolean reload, DeployListener listener) {
        if (!reload) {
            return "saved; applies at the next 'service deploy " + service + "'";
        }
        if (!ports.systemd().state(UnitNames.service(service)).active()) {
            return "saved; service '" + service + "' is not running: applies when it starts";
        }
        return "redeployed: " + operations.apply(listener).deploy(service,
                DeployOptions.DEFAULT.withTrigger(Trigger.of("config"))).reason();
    }

    /** Parses {@code VAR=VALUE} words; VAR must be a safe environment variable name. */
    public static Map<String, String> parse(List<String> assignments) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected VAR=VALUE, got '" + assignment + "'");
            }
            String name = checkName(assignment.substring(0, equals));
            if (name.startsWith("CONDUCTOR_") || name.equals("POD_NAME") || name.equals("POD_IP_ADDRESS")) {
                throw new IllegalArgumentException("'" + name + "' is reserved: the agent sets it for each context");
            }
            parsed.put(name, assignment.substring(equals + 1));
        }
        return parsed;
    }

    /** @throws IllegalArgumentException quoting {@code name} unless it matches {@link VariableName#RULE} */
    public static String checkName(String name) {
        if (!VariableName.valid(name)) {
            throw new IllegalArgumentException("invalid variable name '" + name + "': must match " + VariableName.RULE);
        }
        return name;
    }
}
