package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.FleetHost;
import dev.conductor.console.fleet.LiveFunction;
import dev.conductor.protocol.FunctionRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Functions across hosts or of one service, with their figures and the requests per second
 * worked out from the rows' counters. HOST comes last: the figures fit 80 columns before it.
 */
public final class FunctionsSource implements RowSource {

    public static final List<String> COLUMNS = List.of("FUNCTION", "SERVICE", "MODE", "STATE", "RUNNING", "WARM",
            "REQ/S", "REQUESTS", "ERRORS", "P95 MS", "HOST");
    private final ServiceScope scope;

    /**
     * @param host the host, or {@code null} for all
     * @param service the service, or {@code null} for all
     */
    public FunctionsSource(String host, String service) {
        this.scope = new ServiceScope(host, service);
    }

    @Override
    public String title() {
        return scope.title("Functions");
    }

    @Override
    public Grid read(Fleet fleet) {
        List<Grid.Row> rows = new ArrayList<>();
        for (FleetHost each : fleet.hosts()) {
            each.functions().stream().filter(function -> scope.includes(each.name(), function.row().service()))
                    .forEach(function -> rows.add(new Grid.Row(ServicesSource.key(each.name(), function.row().id()),
                            cells(each.name(), function))));
        }
        return new Grid(COLUMNS, rows);
    }

    /** The requests-per-second rates of the function with {@code key} ({@code host/id}), oldest first. */
    public static List<Double> rates(Fleet fleet, String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? List.of() : fleet.host(key.substring(0, slash))
                .flatMap(known -> LiveFunction.find(known.functions(), key.substring(slash + 1)))
                .map(function -> function.rate().samples()).orElse(List.of());
    }

    /** A figure with one decimal, as {@link CellOrder} sorts it. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static List<String> cells(String hostName, LiveFunction function) {
        FunctionRow row = function.row();
        return List.of(row.id(), row.service(), row.mode(), row.state(), String.valueOf(row.running()),
                String.valueOf(row.warm()), decimal(function.rate().perSecond()), String.valueOf(row.requests()),
                String.valueOf(row.errors()), decimal(row.p95Millis()), hostName);
    }
}
