package dev.conductor.agent.deploy;

import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.systemd.Systemd;

/**
 * What the deploy state machine reads and moves: the lock and state files, the deployment
 * directories and the units. Shared by the deployer, the converger, teardown and manual control.
 */
public record DeployPorts(AgentPaths paths, StateStore states, DeploymentStore deployments, Systemd systemd) {}
