package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import java.util.List;
import java.util.Optional;

/** Services across hosts, or of one host: NAME, HOST, STATE, DEPLOYMENTS and their display columns. */
public final class ServicesSource implements RowSource {

    private static final List<String> FIXED = List.of("NAME", "HOST", "STATE", "DEPLOYMENTS");
    private final String host;

    /** @param host the one host to show, or {@code null} for all */
    public ServicesSource(String host) {
        this.host = host;
    }

    @Override
    public String title() {
        return host == null ? "Services" : "Services on " + host;
    }

    @Override
    public Grid read(Fleet fleet) {
        List<Fleet.HostService> services = fleet.services().stream()
                .filter(service -> host == null || service.host().equals(host)).toList();
        DisplayColumns display = new DisplayColumns(services.stream().map(service -> service.row().display()).toList());
        List<Grid.Row> rows = services.stream().map(service -> new Grid.Row(key(service.host(), service.row().name()),
                display.cells(cells(service), service.row().display()))).toList();
        return new Grid(display.labels(FIXED), rows);
    }

    @Override
    public Optional<RowSource> drill(String key) {
        int slash = key.indexOf('/');
        return Optional.of(new DeploymentsSource(key.substring(0, slash), key.substring(slash + 1)));
    }

    public static String key(String host, String name) {
        return host + "/" + name;
    }

    private static List<String> cells(Fleet.HostService service) {
        return List.of(service.row().name(), service.host(), service.row().state(),
                String.valueOf(service.row().deployments().size()));
    }
}
