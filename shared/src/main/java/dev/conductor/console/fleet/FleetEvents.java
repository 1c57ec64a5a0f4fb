package dev.conductor.console.fleet;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.Payloads;
import dev.conductor.protocol.method.RemovedEvent;

/** Turns the agent's {@code events.subscribe} events into fleet updates. */
final class FleetEvents {

    private FleetEvents() {}

    /** Applies one event; events of kinds this console does not know are ignored. */
    static void apply(Fleet fleet, String host, Event event) {
        switch (event.event()) {
            case EventNames.SERVICE -> fleet.service(host, Payloads.read(event.data(), ServiceRow.class));
            case EventNames.DEPLOYMENT -> fleet.deployment(host, Payloads.read(event.data(), DeploymentRow.class));
            case EventNames.FUNCTION -> fleet.function(host, Payloads.read(event.data(), FunctionRow.class));
            case EventNames.REMOVED -> removed(fleet, host, Payloads.read(event.data(), RemovedEvent.class));
            default -> { }
        }
    }

    private static void removed(Fleet fleet, String host, RemovedEvent removed) {
        switch (String.valueOf(removed.kind())) {
            case EventNames.SERVICE -> fleet.serviceRemoved(host, removed.name());
            case EventNames.DEPLOYMENT -> fleet.deploymentRemoved(host, removed.name());
            case EventNames.FUNCTION -> fleet.functionRemoved(host, removed.name());
            default -> { } // a newer agent's kind: none of ours has its name
        }
    }
}
