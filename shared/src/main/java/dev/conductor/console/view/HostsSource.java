package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.FleetHost;
import java.util.List;
import java.util.Optional;

/** The hosts with their connection state, agent version and service count. */
public final class HostsSource implements RowSource {

    private static final int MAX_DETAIL = 40;

    @Override
    public String title() {
        return "Hosts";
    }

    @Override
    public Grid read(Fleet fleet) {
        List<Grid.Row> rows = fleet.hosts().stream().map(HostsSource::row).toList();
        return new Grid(List.of("NAME", "STATE", "AGENT", "SERVICES", "DETAIL"), rows);
    }

    @Override
    public Optional<RowSource> drill(String key) {
        return Optional.of(new ServicesSource(key));
    }

    private static Grid.Row row(FleetHost host) {
        return new Grid.Row(host.name(), List.of(host.name(), host.state().name(), host.agentVersion(),
                String.valueOf(host.services().size()), shorten(host.detail())));
    }

    /** Long connection errors would push the table past 80 columns; the start says enough. */
    public static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 3) + "...";
    }
}
