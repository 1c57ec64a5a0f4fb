package dev.conductor.agent.fleet.schedule;

import dev.conductor.agent.fleet.placement.Demand;
import dev.conductor.agent.fleet.placement.HostCapacity;
import dev.conductor.agent.fleet.placement.Placement;
import dev.conductor.agent.fleet.placement.Placer;
import dev.conductor.agent.fleet.placement.Plan;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One round of placement, which any agent may run: the plan for the hosts alive now, from what the
 * board holds, written service by service with compare-and-set. Every agent computes the same plan
 * from the same input, and a write that lost to another changes nothing; the next round starts
 * from what won.
 */
public final class Scheduler {

    private final PlacementBoard board;
    private final Placer placer = new Placer();
    private final Clock clock;
    private final String host;

    public Scheduler(PlacementBoard board, Clock clock, String host) {
        this.board = board;
        this.clock = clock;
        this.host = host;
    }

    /** What a round did: the plan, the services whose placement it wrote, and those it lost to another. */
    public record Round(Plan plan, List<String> written, List<String> lost) {}

    public Round run(Collection<HostCapacity> alive, Collection<Demand> services) {
        Map<String, PlacementBoard.Entry> before = board.all();
        List<Placement> previous = new ArrayList<>();
        before.values().forEach(entry -> entry.hosts().forEach(on -> previous.add(new Placement(entry.service(), on))));
        Plan plan = placer.place(alive, services, previous);
        List<String> written = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Demand demand : services) {
            Optional<PlacementBoard.Entry> from = Optional.ofNullable(before.get(demand.service()));
            List<String> hosts = plan.hosts(demand.service());
            if (from.isPresent() && from.get().hosts().equals(hosts)) {
                continue;
            }
            (board.decide(demand.service(), hosts, from, host, clock.instant()) ? written : lost).add(demand.service());
        }
        before.keySet().stream().filter(service -> services.stream().noneMatch(d -> d.service().equals(service)))
                .forEach(board::forget);
        return new Round(plan, written, lost);
    }
}
