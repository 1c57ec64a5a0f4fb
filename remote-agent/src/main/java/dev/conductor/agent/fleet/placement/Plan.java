package dev.conductor.agent.fleet.placement;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What runs where after a {@link Placer#place} call. Lists are in service then host name order.
 *
 * @param kept placements given to the call that stay where they are
 * @param added new placements: replicas to start
 * @param dropped given placements that must stop, each with its reason
 * @param unplaced services short of replicas, each with every host's reason
 */
public record Plan(List<Placement> kept, List<Placement> added, List<Dropped> dropped, List<Unplaced> unplaced) {

    static final Comparator<Placement> ORDER =
            Comparator.comparing(Placement::service).thenComparing(Placement::host);

    public Plan {
        kept = kept.stream().sorted(ORDER).toList();
        added = added.stream().sorted(ORDER).toList();
        dropped = dropped.stream().sorted(Comparator.comparing(Dropped::placement, ORDER)).toList();
        unplaced = unplaced.stream().sorted(Comparator.comparing(Unplaced::service)).toList();
    }

    /** @return every placement of the plan, kept and added, to give the next call */
    public List<Placement> placements() {
        return Stream.concat(kept.stream(), added.stream()).sorted(ORDER).toList();
    }

    /** @return the hosts that run {@code service} in this plan, in name order */
    public List<String> hosts(String service) {
        return placements().stream().filter(placement -> placement.service().equals(service))
                .map(Placement::host).toList();
    }
}
