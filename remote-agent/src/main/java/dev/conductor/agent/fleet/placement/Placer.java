package dev.conductor.agent.fleet.placement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places services on hosts by the rule of issue 14. For resource {@code r} of host {@code h}, the
 * <em>overcommit ratio</em> is the sum of the {@code best} of {@code r} of every replica on
 * {@code h} divided by the capacity {@code h} declares for {@code r} (0 when nothing asks for
 * {@code r}, infinite when something does and {@code h} declares none). A host <em>has the
 * min</em> of a replica when, for every resource, the sum of the mins of its replicas plus that
 * replica's stays within its capacity. A host's <em>score</em> for a replica is its worst ratio,
 * over all resources, once the replica is added: at most 1 means every service on it gets its best.
 *
 * <p>Steps, in this order, so that the same input gives the same plan:
 * <ol>
 * <li>Keep: each given placement stays, services in name order and their hosts in name order,
 *     while its host is still in the fleet, still matches the service's {@code conditions}, is
 *     within the service's {@code replicas}, and has its min beside what was kept before it.
 *     Anything else is {@link Plan#dropped()}. A re-run thus moves nothing that still fits.</li>
 * <li>Place: each missing replica goes to the host of least score among
 *     the hosts that match its conditions, do not run a replica of it yet and have its min; on a
 *     tie, the first host by name. When a host can give every service its best, the host of least
 *     score is one such, which is the seed's first step; otherwise it is the host of least
 *     overcommit among those with the min, the seed's second step. Services go narrowest first,
 *     those fewest hosts' labels and names match, then in name order, so that a service only a
 *     few hosts may run does not find them taken by services that could go anywhere.</li>
 * </ol>
 * A replica no host can take makes its service {@link Plan#unplaced()}, with each host's reason.
 */
public final class Placer {

    /**
     * @param hosts the fleet, names unique
     * @param demands the services, names unique
     * @param previous what the last plan placed ({@link Plan#placements()}), empty at first; a host
     *     back from an outage gets back only what this list still puts on it, so a service moved
     *     away meanwhile does not run twice
     * @return the new plan
     * @throws IllegalArgumentException when two hosts or two demands share a name
     */
    public Plan place(Collection<HostCapacity> hosts, Collection<Demand> demands, Collection<Placement> previous) {
        Map<String, HostLoad> loads = loads(hosts);
        List<Demand> ordered = ordered(demands);
        Map<String, SortedSet<String>> running = new TreeMap<>();
        previous.forEach(placement -> running.computeIfAbsent(placement.service(), service -> new TreeSet<>())
                .add(placement.host()));
        List<Placement> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        Map<String, Integer> keptCount = new TreeMap<>();
        for (Demand demand : ordered) {
            keptCount.put(demand.service(), keep(demand, running.remove(demand.service()), loads, kept, dropped));
        }
        running.forEach((service, onHosts) -> onHosts.forEach(host ->
                dropped.add(new Dropped(new Placement(service, host), "service is no longer declared"))));
        List<Placement> added = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        List<Demand> shortOfReplicas = ordered.stream()
                .filter(demand -> keptCount.get(demand.service()) < demand.replicas()).toList();
        for (Demand demand : narrowestFirst(shortOfReplicas, loads.values())) {
            int missing = demand.replicas() - keptCount.get(demand.service());
            for (int i = 0; i < missing; i++) {
                HostLoad chosen = choose(demand, loads.values());
                if (chosen == null) {
                    unplaced.add(new Unplaced(demand.service(), missing - i, exclusions(demand, loads.values())));
                    break;
                }
                chosen.add(demand);
                added.add(new Placement(demand.service(), chosen.name()));
            }
        }
        return new Plan(kept, added, dropped, unplaced);
    }

    private static int keep(Demand demand, SortedSet<String> onHosts, Map<String, HostLoad> loads,
            List<Placement> kept, List<Dropped> dropped) {
        int count = 0;
        for (String host : onHosts == null ? new TreeSet<String>() : onHosts) {
            HostLoad load = loads.get(host);
            String reason = load == null ? "host is no longer in the fleet"
                    : !load.qualifies(demand) ? "host no longer matches the service's conditions"
                    : count == demand.replicas() ? "more replicas than the " + demand.replicas() + " declared"
                    : load.shortOfMin(demand);
            Placement placement = new Placement(demand.service(), host);
            if (reason.isEmpty()) {
                load.add(demand);
                kept.add(placement);
                count++;
            } else {
                dropped.add(new Dropped(placement, reason));
            }
        }
        return count;
    }

    private static HostLoad choose(Demand demand, Collection<HostLoad> loads) {
        HostLoad chosen = null;
        double least = Double.POSITIVE_INFINITY;
        for (HostLoad load : loads) {
            if (load.runs(demand.service()) || !load.qualifies(demand) || !load.hasMin(demand)) {
                continue;
            }
            double score = load.worstRatioWith(demand);
            if (chosen == null || score < least) {
                chosen = load;
                least = score;
            }
        }
        return chosen;
    }

    private static List<Exclusion> exclusions(Demand demand, Collection<HostLoad> loads) {
        return loads.stream().map(load -> new Exclusion(load.name(),
                load.runs(demand.service()) ? "runs a replica already"
                        : !load.qualifies(demand) ? "does not match the service's conditions"
                        : load.shortOfMin(demand))).toList();
    }

    // a service only a few hosts may run would find them taken by services that could go anywhere
    private static List<Demand> narrowestFirst(List<Demand> byName, Collection<HostLoad> loads) {
        Map<String, Long> qualifying = new TreeMap<>();
        byName.forEach(demand -> qualifying.put(demand.service(),
                loads.stream().filter(load -> load.qualifies(demand)).count()));
        return byName.stream().sorted(Comparator.comparing((Demand demand) -> qualifying.get(demand.service()))
                .thenComparing(Demand::service)).toList();
    }

    private static Map<String, HostLoad> loads(Collection<HostCapacity> hosts) {
        Map<String, HostLoad> loads = new TreeMap<>();
        for (HostCapacity host : hosts) {
            if (loads.put(host.name(), new HostLoad(host)) != null) {
                throw new IllegalArgumentException("two hosts are named " + host.name());
            }
        }
        return loads;
    }

    private static List<Demand> ordered(Collection<Demand> demands) {
        List<Demand> ordered = demands.stream().sorted(Comparator.comparing(Demand::service)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).service().equals(ordered.get(i - 1).service())) {
                throw new IllegalArgumentException("two services are named " + ordered.get(i).service());
            }
        }
        return ordered;
    }
}
