/**
 * Where the fleet runs each service: the rule of issue 14 as pure logic, no I/O. A
 * {@link dev.conductor.agent.fleet.placement.Placer} takes the hosts
 * ({@link dev.conductor.agent.fleet.placement.HostCapacity}), the services
 * ({@link dev.conductor.agent.fleet.placement.Demand}) and what already runs where, and returns a
 * {@link dev.conductor.agent.fleet.placement.Plan}. Nothing here reads {@code host.json} or
 * service files, nor starts anything; the fleet daemon that will do so is still to come.
 */
package dev.conductor.agent.fleet.placement;
