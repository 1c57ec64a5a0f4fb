package dev.conductor.agent.fleet.placement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One host and what the plan has put on it so far: the sums of the best and of the min of its
 * replicas, by resource. Mutable; lives for one {@link Placer#place} call.
 */
final class HostLoad {

    // sums of decimal amounts: 0.1 + 0.2 must fit a capacity of 0.3
    private static final double SLACK = 1e-9;

    private final HostCapacity host;
    private final Map<String, Double> best = new HashMap<>();
    private final Map<String, Double> floor = new HashMap<>();
    private final Set<String> services = new HashSet<>();

    HostLoad(HostCapacity host) {
        this.host = host;
    }

    HostCapacity host() {
        return host;
    }

    String name() {
        return host.name();
    }

    boolean runs(String service) {
        return services.contains(service);
    }

    boolean qualifies(Demand demand) {
        return demand.conditions().matches(host.name(), host.labels());
    }

    /** @return whether the host can still promise every replica on it, and one of {@code demand}, its min */
    boolean hasMin(Demand demand) {
        return shortOfMin(demand).isEmpty();
    }

    /** @return the resources whose min the host cannot promise, as {@code "ram_gb: min 2 + 99 promised > 100"} */
    String shortOfMin(Demand demand) {
        return resources(demand).stream().filter(resource -> demand.floor(resource) > 0)
                .filter(resource -> floor.getOrDefault(resource, 0.0) + demand.floor(resource)
                        > host.capacity(resource) + SLACK)
                .map(resource -> resource + ": min " + amount(demand.floor(resource)) + " + "
                        + amount(floor.getOrDefault(resource, 0.0)) + " promised > capacity "
                        + amount(host.capacity(resource)))
                .collect(Collectors.joining(", "));
    }

    /** @return the host's worst overcommit ratio once a replica of {@code demand} is added */
    double worstRatioWith(Demand demand) {
        double worst = worstRatio();
        for (String resource : demand.best().keySet()) {
            worst = Math.max(worst, ratio(best.getOrDefault(resource, 0.0) + demand.best(resource),
                    host.capacity(resource)));
        }
        return worst;
    }

    /** @return the host's worst overcommit ratio as it stands, 0 when nothing asks anything of it */
    double worstRatio() {
        double worst = 0;
        for (Map.Entry<String, Double> sum : best.entrySet()) {
            worst = Math.max(worst, ratio(sum.getValue(), host.capacity(sum.getKey())));
        }
        return worst;
    }

    /** @return the overcommit ratio of each resource asked of the host, best sum over capacity */
    Map<String, Double> ratios() {
        Map<String, Double> ratios = new HashMap<>();
        best.forEach((resource, sum) -> ratios.put(resource, ratio(sum, host.capacity(resource))));
        return ratios;
    }

    void add(Demand demand) {
        services.add(demand.service());
        demand.best().forEach((resource, value) -> best.merge(resource, value, Double::sum));
        for (String resource : resources(demand)) {
            floor.merge(resource, demand.floor(resource), Double::sum);
        }
    }

    private static Set<String> resources(Demand demand) {
        Set<String> resources = new TreeSet<>(demand.best().keySet());
        resources.addAll(demand.min().keySet());
        return resources;
    }

    // nothing asked of a resource the host lacks is no overcommit; something asked of it is unbounded
    static double ratio(double asked, double capacity) {
        if (capacity > 0) {
            return asked / capacity;
        }
        return asked > SLACK ? Double.POSITIVE_INFINITY : 0;
    }

    static String amount(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
