package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.FleetHost;
import dev.conductor.protocol.DeploymentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deployments across hosts or of one service: NAME, HOST, SERVICE, STATE, IP and their display columns. */
public final class DeploymentsSource implements RowSource {

    private static final List<String> FIXED = List.of("NAME", "HOST", "SERVICE", "STATE", "IP");
    private final ServiceScope scope;

    /**
     * @param host the host, or {@code null} for all
     * @param service the service, or {@code null} for all
     */
    public DeploymentsSource(String host, String service) {
        this.scope = new ServiceScope(host, service);
    }

    @Override
    public String title() {
        return scope.title("Deployments");
    }

    /** The service whose deployments these are, when the view is of one service. */
    public Optional<ServiceRef> service() {
        return scope.ref();
    }

    @Override
    public Grid read(Fleet fleet) {
        List<Placed> placed = new ArrayList<>();
        for (FleetHost each : fleet.hosts()) {
            each.deployments().stream().filter(row -> scope.includes(each.name(), row.service()))
                    .forEach(row -> placed.add(new Placed(each.name(), row)));
        }
        DisplayColumns display = new DisplayColumns(placed.stream().map(p -> p.row().display()).toList());
        List<Grid.Row> rows = placed.stream().map(p -> new Grid.Row(ServicesSource.key(p.host(), p.row().name()),
                display.cells(cells(p), p.row().display()))).toList();
        return new Grid(display.labels(FIXED), rows);
    }

    private static List<String> cells(Placed p) {
        return List.of(p.row().name(), p.host(), p.row().service(), p.row().state(), p.row().ip());
    }

    private record Placed(String host, DeploymentRow row) {}
}
