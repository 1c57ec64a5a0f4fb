package dev.conductor.agent.deploy;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.SystemdException;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-instance drop-ins of a service's and a deployment's units: journal fields that tie
 * log lines to the app, instance and deployment, and the {@code service_directives}.
 */
public final class UnitDropIns {

    private final DropIns dropIns;

    public UnitDropIns(DropIns dropIns) {
        this.dropIns = dropIns;
    }

    /** Writes the drop-in of a service unit; true when it changed (daemon-reload needed). */
    public boolean writeService(ServiceSpec spec) {
        return dropIns.write(UnitNames.service(spec.name()), lines(fields(spec, null), List.of()));
    }

    /** Writes the drop-in of a deployment unit; true when it changed (daemon-reload needed). */
    public boolean writeDeployment(ServiceSpec spec, Pod pod, String deployment) {
        return dropIns.write(UnitNames.deployment(deployment),
                lines(fields(spec, deployment), pod.serviceDirectives()));
    }

    /** Removes the drop-ins of a deployment's units; true when something was removed. */
    public boolean removeDeployment(String deployment) {
        boolean unit = dropIns.remove(UnitNames.deployment(deployment));
        return dropIns.remove(UnitNames.deploymentConfig(deployment)) || unit;
    }

    /**
     * Whether systemd runs these deployments' units with their drop-ins as they are on disk
     * ({@code written}, or removed), so that the daemon-reload (a tenth of a second, more with
     * many units) can be skipped. A unit systemd cannot tell about needs the reload.
     */
    boolean seenBySystemd(Systemd systemd, List<String> deployments, boolean written) {
        try {
            return deployments.stream().map(UnitNames::deployment)
                    .allMatch(unit -> systemd.load(unit).current(dropIns.path(unit), written));
        } catch (SystemdException e) {
            return false;
        }
    }

    public boolean removeService(String service) {
        return dropIns.remove(UnitNames.service(service));
    }

    private static Map<String, String> fields(ServiceSpec spec, String deployment) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CONDUCTOR_APP", spec.appName());
        fields.put("CONDUCTOR_INSTANCE", spec.instanceName());
        fields.put("CONDUCTOR_SERVICE", spec.name());
        if (deployment != null) {
            fields.put("CONDUCTOR_DEPLOYMENT", deployment);
        }
        return fields;
    }

    static List<String> lines(Map<String, String> fields, List<String> directives) {
        List<String> lines = new ArrayList<>();
        lines.add("[Service]");
        fields.forEach((name, value) -> lines.add("LogExtraFields=" + quote(name + "=" + value)));
        lines.addAll(directives);
        return lines;
    }

    /** systemd unquotes C-style and expands {@code %} specifiers, so both are escaped. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + "\"";
    }
}
