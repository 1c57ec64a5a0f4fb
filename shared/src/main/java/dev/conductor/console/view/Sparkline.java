package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.FleetHost;
import dev.conductor.console.fleet.LiveFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests per second over the last minute, for a function row or a service row (the sum of its
 * functions'), scaled for drawing: the GUI as a line, the TUI as block characters.
 */
public final class Sparkline {

    /** Eight heights, lowest first; a rate of 0 is drawn as the lowest, so that the line stays visible. */
    public static final String BLOCKS = "▁▂▃▄▅▆▇█";

    private Sparkline() {
    }

    /** Each rate as a fraction of the highest, 0 to 1; all 0 when the highest is not above 0. */
    public static List<Double> scaled(List<Double> rates) {
        double highest = rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return rates.stream().map(rate -> highest > 0 ? Math.max(0, rate) / highest : 0.0).toList();
    }

    /** The last {@code width} rates as blocks, newest at the right; empty without rates. */
    public static String blocks(List<Double> rates, int width) {
        List<Double> shown = rates.subList(Math.max(0, rates.size() - width), rates.size());
        StringBuilder text = new StringBuilder();
        for (double fraction : scaled(shown)) {
            text.append(BLOCKS.charAt((int) Math.round(fraction * (BLOCKS.length() - 1))));
        }
        return text.toString();
    }

    /**
     * The rates of the service row with {@code key} ({@code host/name}): its functions' added up,
     * aligned at the newest, oldest first; empty for a service without functions. A function
     * row's are {@link FunctionsSource#rates}.
     */
    public static List<Double> serviceRates(Fleet fleet, String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return List.of();
        }
        String name = key.substring(slash + 1);
        List<LiveFunction> functions = fleet.host(key.substring(0, slash)).map(FleetHost::functions).orElse(List.of());
        return summed(functions.stream().filter(function -> function.row().service().equals(name))
                .map(function -> function.rate().samples()).toList());
    }

    /** Rate lists added up, aligned at their newest. */
    static List<Double> summed(List<List<Double>> lists) {
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        List<Double> sum = new ArrayList<>();
        for (int back = longest; back > 0; back--) {
            double total = 0;
            for (List<Double> rates : lists) {
                total += rates.size() >= back ? rates.get(rates.size() - back) : 0;
            }
            sum.add(total);
        }
        return sum;
    }
}
