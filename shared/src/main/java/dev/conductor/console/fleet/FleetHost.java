package dev.conductor.console.fleet;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.ServiceRow;
import java.util.List;

/**
 * One host as the console knows it: a snapshot, replaced whole on every change.
 *
 * @param name the destination the operator gave (an ssh destination or alias)
 * @param state the connection's state
 * @param agentVersion the agent's version once connected, {@code ""} before
 * @param detail why it is disconnected or failed, {@code ""} otherwise
 * @param services its services, by name
 * @param deployments its deployments, by name
 * @param functions its functions with their request rates, by id
 */
public record FleetHost(String name, ConnectionState state, String agentVersion, String detail,
                        List<ServiceRow> services, List<DeploymentRow> deployments, List<LiveFunction> functions) {

    public FleetHost {
        services = List.copyOf(services);
        deployments = List.copyOf(deployments);
        functions = List.copyOf(functions);
    }

    static FleetHost added(String name) {
        return new FleetHost(name, ConnectionState.CONNECTING, "", "", List.of(), List.of(), List.of());
    }

    FleetHost withConnection(ConnectionState newState, String version, String why) {
        return new FleetHost(name, newState, version == null ? agentVersion : version, why, services, deployments,
                functions);
    }

    FleetHost withServices(List<ServiceRow> newServices) {
        return new FleetHost(name, state, agentVersion, detail, newServices, deployments, functions);
    }

    FleetHost withDeployments(List<DeploymentRow> newDeployments) {
        return new FleetHost(name, state, agentVersion, detail, services, newDeployments, functions);
    }

    FleetHost withFunctions(List<LiveFunction> newFunctions) {
        return new FleetHost(name, state, agentVersion, detail, services, deployments, newFunctions);
    }
}
