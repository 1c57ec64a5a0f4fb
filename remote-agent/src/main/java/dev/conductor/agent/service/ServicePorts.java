package dev.conductor.agent.service;

import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.agent.systemd.Systemd;

/** What the service operations read and move: the declared services, their state, their units and locks. */
public record ServicePorts(ServiceCatalog catalog, StateStore states, Systemd systemd, AgentPaths paths) {}
