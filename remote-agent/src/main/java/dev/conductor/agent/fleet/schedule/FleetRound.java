package dev.conductor.agent.fleet.schedule;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.catalog.FleetService;
import dev.conductor.agent.fleet.placement.Demand;
import dev.conductor.agent.fleet.placement.HostCapacity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the resident agent does for the fleet's services at each heartbeat: a scheduling round
 * over the hosts alive, then this host's services made to match the board. A service's demand
 * comes from its pushed service file, read once per version.
 */
public final class FleetRound {

    private final FleetCatalog catalog;
    private final Scheduler scheduler;
    private final Materializer materializer;
    private final Demands demands;

    public FleetRound(FleetCatalog catalog, Scheduler scheduler, Materializer materializer) {
        this(catalog, new Demands(catalog), scheduler, materializer);
    }

    public FleetRound(FleetCatalog catalog, Demands demands, Scheduler scheduler, Materializer materializer) {
        this.catalog = catalog;
        this.demands = demands;
        this.scheduler = scheduler;
        this.materializer = materializer;
    }

    /**
     * What a round did, for the journal: decisions written and lost, this host's changes, and the
     * services left out of the round because their stored version could not be read.
     */
    public record Result(Scheduler.Round round, Materializer.Pass pass, List<String> problems) {

        public boolean changed() {
            return !round.written().isEmpty() || !pass.installed().isEmpty() || !pass.removed().isEmpty();
        }
    }

    public Result run(List<HostCapacity> alive) {
        List<FleetService> fleet = catalog.list();
        List<Demand> services = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (FleetService service : fleet) {
            try {
                services.add(demands.of(service));
            } catch (ConductorException e) {
                problems.add(service.name() + ": " + e.getMessage());
            }
        }
        demands.retain(fleet);
        if (!problems.isEmpty()) {
            // without a service's demand a round would take it off the board and stop it: no round
            // until it reads again, while every host keeps running what it runs
            return new Result(new Scheduler.Round(null, List.of(), List.of()), materializer.apply(), problems);
        }
        return new Result(scheduler.run(alive, services), materializer.apply(), problems);
    }
}
