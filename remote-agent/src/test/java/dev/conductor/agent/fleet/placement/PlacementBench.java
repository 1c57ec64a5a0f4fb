package dev.conductor.agent.fleet.placement;

import dev.conductor.spec.Conditions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Places 500 services on 50 simulated hosts (fixed seed, varied resources, some replicas and
 * conditions): the time of one {@link Placer#place}, p50 and max over a bounded number of runs,
 * cold and as a re-run given the previous plan, beside a best-fit decreasing bin-packing of the
 * same input, compared by hosts used, replicas unplaced, overcommit and balance, for all 500
 * services (over capacity) and for the first 125 (under it). Run by
 * {@code installers/bench/placement-bench}.
 */
public final class PlacementBench {

    private static final int HOSTS = 50;
    private static final int SERVICES = 500;
    private static final long SEED = 14;
    private static final int WARM_UP = 10;
    private static final int MEASURED = 31;
    private static final String[] RESOURCES = {"vcpu", "ram_gb", "ports"};

    private PlacementBench() {}

    public static void main(String[] args) {
        Random random = new Random(SEED);
        List<HostCapacity> hosts = hosts(random);
        List<Demand> demands = demands(random);
        Placer placer = new Placer();
        System.out.printf("placement-bench: %d hosts, %d services, %d replicas, seed %d; best asked / capacity:"
                + " %s%n", hosts.size(), demands.size(), demands.stream().mapToInt(Demand::replicas).sum(), SEED,
                asked(hosts, demands));
        Plan plan = placer.place(hosts, demands, List.of());
        time("place, empty fleet", () -> placer.place(hosts, demands, List.of()));
        Plan again = time("re-run, previous plan given", () -> placer.place(hosts, demands, plan.placements()));
        System.out.printf("placement-bench: re-run moved %d, added %d, dropped %d%n",
                again.added().size() + again.dropped().size(), again.added().size(), again.dropped().size());
        compare(hosts, demands);
        // the same hosts, under capacity: where packing and spreading part ways
        List<Demand> fewer = demands.subList(0, SERVICES / 4);
        System.out.printf("placement-bench: the first %d services only: %s%n", fewer.size(), asked(hosts, fewer));
        compare(hosts, fewer);
    }

    private static void compare(List<HostCapacity> hosts, List<Demand> demands) {
        report("ours (least worst ratio)", hosts, demands, new Placer().place(hosts, demands, List.of()).placements());
        report("best-fit decreasing, best only", hosts, demands, BestFit.place(hosts, demands, false));
        report("best-fit decreasing, then min", hosts, demands, BestFit.place(hosts, demands, true));
    }

    private static List<HostCapacity> hosts(Random random) {
        List<HostCapacity> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            Map<String, String> labels = new TreeMap<>(Map.of("zone", "z" + i % 3));
            if (i % 5 == 0) {
                labels.put("tier", "front");
            }
            hosts.add(new HostCapacity(String.format("host-%02d", i), labels, Map.of(
                    "vcpu", pick(random, 4, 8, 16, 32), "ram_gb", pick(random, 16, 32, 64, 128),
                    "ports", pick(random, 10, 20, 50))));
        }
        return hosts;
    }

    private static List<Demand> demands(Random random) {
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            Map<String, Double> best = Map.of("vcpu", pick(random, 0.25, 0.5, 1, 2, 4),
                    "ram_gb", pick(random, 0.5, 1, 2, 4, 8), "ports", pick(random, 0, 1, 2));
            // ports are needed whole: they are left out of min
            Map<String, Double> min = Map.of("vcpu", best.get("vcpu") * pick(random, 0.25, 0.5, 1),
                    "ram_gb", best.get("ram_gb") * pick(random, 0.5, 0.75, 1));
            int draw = random.nextInt(100);
            int replicas = draw < 80 ? 1 : draw < 95 ? 2 : 3;
            Map<String, String> labels = draw % 10 == 0 ? Map.of("zone", "z" + draw % 3)
                    : draw % 20 == 1 ? Map.of("tier", "front") : Map.of();
            demands.add(new Demand(String.format("svc-%03d", i), best, min, replicas,
                    new Conditions(List.of(), labels)));
        }
        return demands;
    }

    private static double pick(Random random, double... values) {
        return values[random.nextInt(values.length)];
    }

    private static String asked(List<HostCapacity> hosts, List<Demand> demands) {
        StringBuilder text = new StringBuilder();
        for (String resource : RESOURCES) {
            double capacity = hosts.stream().mapToDouble(host -> host.capacity(resource)).sum();
            double asked = demands.stream().mapToDouble(demand -> demand.best(resource) * demand.replicas()).sum();
            text.append(String.format("%s %.0f/%.0f (%.2f) ", resource, asked, capacity, asked / capacity));
        }
        return text.toString().trim();
    }

    private static Plan time(String what, Supplier<Plan> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        long[] nanos = new long[MEASURED];
        Plan plan = null;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            plan = run.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("placement-bench: %-30s p50 %8.3f ms  max %8.3f ms  (%d runs)%n", what,
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED - 1] / 1e6, MEASURED);
        return plan;
    }

    private static void report(String what, List<HostCapacity> hosts, List<Demand> demands,
            List<Placement> placements) {
        Map<String, HostLoad> loads = BestFit.loads(hosts);
        Map<String, Demand> byName = new TreeMap<>();
        demands.forEach(demand -> byName.put(demand.service(), demand));
        placements.forEach(placement -> loads.get(placement.host()).add(byName.get(placement.service())));
        double[] worst = loads.values().stream().mapToDouble(HostLoad::worstRatio).toArray();
        double mean = Arrays.stream(worst).average().orElse(0);
        double stddev = Math.sqrt(Arrays.stream(worst).map(ratio -> (ratio - mean) * (ratio - mean)).average()
                .orElse(0));
        long used = loads.values().stream().filter(load -> load.worstRatio() > 0).count();
        long over = Arrays.stream(worst).filter(ratio -> ratio > 1 + 1e-9).count();
        int replicas = demands.stream().mapToInt(Demand::replicas).sum();
        System.out.printf("placement-bench: %-32s hosts used %2d  replicas unplaced %3d  overcommitted hosts %2d"
                + "  worst ratio max %.2f mean %.2f  stddev %.2f%n", what, used, replicas - placements.size(), over,
                Arrays.stream(worst).max().orElse(0), mean, stddev);
    }

    /** Best-fit decreasing: largest replicas first, each on the fullest host it fits. */
    static final class BestFit {

        private BestFit() {}

        static List<Placement> place(List<HostCapacity> hosts, List<Demand> demands, boolean thenMin) {
            Map<String, HostLoad> loads = loads(hosts);
            Map<String, Double> mean = new TreeMap<>();
            for (String resource : RESOURCES) {
                mean.put(resource, hosts.stream().mapToDouble(host -> host.capacity(resource)).average().orElse(1));
            }
            Comparator<Demand> size = Comparator.comparingDouble(demand -> mean.keySet().stream()
                    .mapToDouble(resource -> demand.best(resource) / mean.get(resource)).max().orElse(0));
            List<Placement> placements = new ArrayList<>();
            for (Demand demand : demands.stream().sorted(size.reversed().thenComparing(Demand::service)).toList()) {
                for (int i = 0; i < demand.replicas(); i++) {
                    HostLoad chosen = fullest(loads, demand, false);
                    chosen = chosen == null && thenMin ? fullest(loads, demand, true) : chosen;
                    if (chosen != null) {
                        chosen.add(demand);
                        placements.add(new Placement(demand.service(), chosen.name()));
                    }
                }
            }
            return placements;
        }

        private static HostLoad fullest(Map<String, HostLoad> loads, Demand demand, boolean atMin) {
            HostLoad chosen = null;
            double most = -1;
            for (HostLoad load : loads.values()) {
                double ratio = load.worstRatioWith(demand);
                boolean fits = atMin ? load.hasMin(demand) : ratio <= 1 + 1e-9;
                if (fits && !load.runs(demand.service()) && load.qualifies(demand) && ratio > most) {
                    chosen = load;
                    most = ratio;
                }
            }
            return chosen;
        }

        static Map<String, HostLoad> loads(List<HostCapacity> hosts) {
            Map<String, HostLoad> loads = new TreeMap<>();
            hosts.forEach(host -> loads.put(host.name(), new HostLoad(host)));
            return loads;
        }
    }
}
