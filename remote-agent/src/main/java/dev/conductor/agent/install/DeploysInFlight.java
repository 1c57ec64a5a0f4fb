package dev.conductor.agent.install;

import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.engine.AgentPaths;
import java.util.List;

/** The services whose deploy is under way, as their state on disk says: what {@code system update} waits for. */
@FunctionalInterface
interface DeploysInFlight {

    List<String> services();

    /** Reads the engine's state below {@code layout}'s root. */
    static DeploysInFlight onDisk(InstallLayout layout) {
        AgentPaths paths = new AgentPaths(List.of(), layout.hostFile(), layout.stateRoot(), layout.deploymentRoot());
        StateStore store = new StateStore(paths);
        return () -> store.services().stream().filter(service -> store.load(service).deploying()).toList();
    }
}
