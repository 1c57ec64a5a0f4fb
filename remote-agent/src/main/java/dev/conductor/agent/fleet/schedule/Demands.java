package dev.conductor.agent.fleet.schedule;

import dev.conductor.agent.fleet.bundle.BundleCheck;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.catalog.FleetService;
import dev.conductor.agent.fleet.placement.Demand;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fleet services' demands, read from each version's pushed service file once: a version never
 * changes, so its digest keys it. Shared by the heartbeat's rounds and the consoles' questions.
 */
public final class Demands {

    private final FleetCatalog catalog;
    private final Map<String, Demand> byDigest = new ConcurrentHashMap<>();

    public Demands(FleetCatalog catalog) {
        this.catalog = catalog;
    }

    /** @throws dev.conductor.agent.error.ConductorException when its stored version cannot be read or loaded */
    public Demand of(FleetService service) {
        return byDigest.computeIfAbsent(service.digest(), digest -> Demand.of(BundleCheck.check(catalog.bundle(service))));
    }

    /** Forgets the versions that are no longer any service's current one. */
    public void retain(Collection<FleetService> current) {
        byDigest.keySet().retainAll(current.stream().map(FleetService::digest).toList());
    }
}
