package dev.conductor.console.view;

import dev.conductor.protocol.method.FleetHostInfo;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.FleetServiceInfo;
import dev.conductor.protocol.method.RunningInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The agent's {@code fleet} answer as the consoles' two tables: the services, placed against running,
 * and the hosts, each resource used against declared.
 */
public final class FleetGrids {

    /** Starts the RUNNING ON cell of a service that does not run where it is placed, or not its current version. */
    public static final String MISMATCH = "! ";
    /** Ends a resource cell whose placed services ask more than the host declares. */
    public static final String OVER = " !";
    public static final List<String> SERVICE_COLUMNS = List.of("NAME", "VERSION", "PLACED ON", "RUNNING ON");
    private static final int DIGEST = 12;

    private FleetGrids() {}

    public static Grid services(FleetResult fleet) {
        return new Grid(SERVICE_COLUMNS, fleet.services().stream().map(service -> new Grid.Row(service.name(),
                List.of(service.name(), String.valueOf(service.version()), hosts(service.placedOn()),
                        running(service)))).toList());
    }

    /** HOST, STATE and one {@code used/declared} column per resource any host declares or is asked for. */
    public static Grid hosts(FleetResult fleet) {
        TreeSet<String> resources = new TreeSet<>();
        fleet.hosts().forEach(host -> {
            resources.addAll(host.declared().keySet());
            resources.addAll(host.used().keySet());
        });
        List<String> columns = new ArrayList<>(List.of("HOST", "STATE"));
        resources.forEach(resource -> columns.add(resource.toUpperCase(java.util.Locale.ROOT)));
        List<Grid.Row> rows = fleet.hosts().stream().map(host -> new Grid.Row(host.host(), cells(host, resources)))
                .toList();
        return new Grid(columns, rows);
    }

    /** The line above the tables: how much there is, or that the host is in no cluster. */
    public static String summary(String host, FleetResult fleet) {
        if (!fleet.cluster()) {
            return host + " is in no cluster (conductor-agent cluster init / join)";
        }
        long mismatched = fleet.services().stream().filter(FleetServiceInfo::mismatched).count();
        return "Fleet of " + host + ": " + fleet.services().size() + " services, " + fleet.hosts().size() + " hosts"
                + (mismatched == 0 ? "" : ", " + mismatched + " not running as placed and pushed (" + MISMATCH.strip() + ")");
    }

    private static List<String> cells(FleetHostInfo host, TreeSet<String> resources) {
        List<String> cells = new ArrayList<>(List.of(host.host(), host.state()));
        resources.forEach(resource -> cells.add(use(host.used(), host.declared(), resource)));
        return cells;
    }

    private static String use(Map<String, Double> used, Map<String, Double> declared, String resource) {
        double asked = used.getOrDefault(resource, 0.0);
        double offered = declared.getOrDefault(resource, 0.0);
        return number(asked) + "/" + number(offered) + (asked > offered ? OVER : "");
    }

    /** {@code h2} where it runs the current version, {@code h2@DIGEST} where another, with a state other than Stable. */
    private static String running(FleetServiceInfo service) {
        List<String> hosts = new ArrayList<>();
        for (RunningInfo on : service.runningOn()) {
            String version = on.digest().equals(service.digest()) ? ""
                    : "@" + on.digest().substring(0, Math.min(DIGEST, on.digest().length()));
            hosts.add(on.host() + version + (on.state().equals("Stable") ? "" : " (" + on.state() + ")"));
        }
        return (service.mismatched() ? MISMATCH : "") + (hosts.isEmpty() ? "-" : String.join(", ", hosts));
    }

    private static String hosts(List<String> hosts) {
        return hosts.isEmpty() ? "-" : String.join(", ", hosts);
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 100) / 100.0);
    }
}
