package dev.conductor.agent.fleet.placement;

import dev.conductor.spec.Conditions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the short notation of the placement tables. A host is {@code name[label=value]:res=n,res=n},
 * a service {@code name x2 [label=value] best/min} with best and min as {@code res=n,res=n} (min
 * optional), entries separated by {@code ;}. A plan is written {@code service=host+host} per
 * service, {@code service=-} when none.
 */
final class FleetTable {

    private FleetTable() {
    }

    static List<HostCapacity> hosts(String table) {
        return entries(table).stream().map(FleetTable::host).toList();
    }

    static List<Demand> demands(String table) {
        return entries(table).stream().map(FleetTable::demand).toList();
    }

    static String written(Plan plan, List<Demand> demands) {
        return demands.stream().map(Demand::service).sorted().map(service -> {
            List<String> hosts = plan.hosts(service);
            return service + "=" + (hosts.isEmpty() ? "-" : String.join("+", hosts));
        }).collect(Collectors.joining("; "));
    }

    private static HostCapacity host(String entry) {
        String[] nameAndResources = entry.split(":", 2);
        String name = nameAndResources[0];
        Map<String, String> labels = Map.of();
        if (name.contains("[")) {
            labels = pairs(name.substring(name.indexOf('[') + 1, name.indexOf(']')));
            name = name.substring(0, name.indexOf('['));
        }
        return new HostCapacity(name, labels, amounts(nameAndResources.length > 1 ? nameAndResources[1] : ""));
    }

    private static Demand demand(String entry) {
        String[] words = entry.trim().split("\\s+");
        int replicas = 1;
        Map<String, String> labels = Map.of();
        String resources = "";
        for (String word : Arrays.asList(words).subList(1, words.length)) {
            if (word.matches("x\\d+")) {
                replicas = Integer.parseInt(word.substring(1));
            } else if (word.startsWith("[")) {
                labels = pairs(word.substring(1, word.length() - 1));
            } else {
                resources = word;
            }
        }
        String[] bestAndMin = resources.split("/", 2);
        return new Demand(words[0], amounts(bestAndMin[0]), amounts(bestAndMin.length > 1 ? bestAndMin[1] : ""),
                replicas, new Conditions(List.of(), labels));
    }

    private static List<String> entries(String table) {
        return Arrays.stream(table.split(";")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }

    private static Map<String, Double> amounts(String text) {
        Map<String, Double> amounts = new LinkedHashMap<>();
        pairs(text).forEach((resource, value) -> amounts.put(resource, Double.parseDouble(value)));
        return amounts;
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (!pair.isBlank()) {
                String[] keyValue = pair.trim().split("=", 2);
                pairs.put(keyValue[0], keyValue[1]);
            }
        }
        return pairs;
    }
}
