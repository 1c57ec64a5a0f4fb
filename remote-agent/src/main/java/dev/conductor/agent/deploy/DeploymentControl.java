package dev.conductor.agent.deploy;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deployment.DeploymentException;
import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.spec.SafeNameValidator;
import java.util.List;
import java.util.Optional;

/** Stops or removes one deployment by hand, as {@code deployment stop} and {@code deployment rm} do. */
public final class DeploymentControl {

    private final DeployPorts ports;
    private final Teardown teardown;

    DeploymentControl(DeployPorts ports, Teardown teardown) {
        this.ports = ports;
        this.teardown = teardown;
    }

    /**
     * Stops the deployment's routes, then its pod, leaving the service's state as it is.
     *
     * @return what happened and how to get a replacement
     */
    public String stop(String name) {
        DeploymentRecord record = record(name);
        ports.systemd().stop(UnitNames.deploymentConfig(name));
        ports.systemd().stop(UnitNames.deployment(name));
        return "stopped " + UnitNames.deployment(name) + "; the state of service '" + record.service()
                + "' is unchanged: 'service deploy " + record.service() + "' or a service restart replaces it";
    }

    /**
     * Removes the deployment completely: routes, units, pod and directory.
     *
     * @param force also when it serves its service or is being deployed
     * @throws DeploymentException when it serves or is being deployed and {@code force} is false
     */
    public String remove(String name, boolean force) {
        DeploymentRecord record = record(name);
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), record.service())) {
            ServiceState state = ports.states().load(record.service());
            String role = role(state, name);
            if (!role.isEmpty() && !force) {
                throw new DeploymentException("deployment '" + name + "' " + role + " of service '"
                        + record.service() + "'; removing it takes the service down. Use 'service stop "
                        + record.service() + "', or 'deployment rm --force " + name + "'");
            }
            teardown.removeAll(List.of(name));
            return "removed deployment '" + name + "'" + (role.isEmpty() ? "" : " (it " + role + ")");
        }
    }

    private static String role(ServiceState state, String name) {
        if (contains(state.current(), name)) {
            return "serves revision " + state.current().revision();
        }
        if (contains(state.next(), name)) {
            return "is being deployed as revision " + state.next().revision();
        }
        return "";
    }

    private static boolean contains(Release release, String name) {
        return release != null && release.deployments().contains(name);
    }

    private DeploymentRecord record(String name) {
        return Optional.of(name).filter(SafeNameValidator::isSafe).flatMap(ports.deployments()::load)
                .orElseThrow(() -> DeploymentException.notFound(name, ports.deployments().root()));
    }
}
