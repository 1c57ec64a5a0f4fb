package dev.conductor.gui;

import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.FleetHost;
import dev.conductor.console.view.DeploymentsSource;
import dev.conductor.console.view.FunctionsSource;
import dev.conductor.console.view.Sparkline;
import dev.conductor.console.view.Grid;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServicesSource;
import dev.conductor.console.view.TableViewModel;
import java.util.List;
import java.util.Optional;

/**
 * What the main window shows, free of JavaFX: the host scope (one host or all), the services
 * table filtered by text, the selected service, its deployments and its functions. Re-read from the fleet on
 * every refresh; the selection is kept by key across updates.
 */
public final class DashboardModel {

    private final Fleet fleet;
    private String host;
    private TableViewModel services = new TableViewModel(new ServicesSource(null));
    private ServiceRef selected;

    public DashboardModel(Fleet fleet) {
        this.fleet = fleet;
        services.refresh(fleet);
    }

    /** Shows the services of {@code name}, or of every host when null. */
    public void scope(String name) {
        host = name;
        String filter = services.filterText();
        services = new TableViewModel(new ServicesSource(name));
        services.filter(filter);
        services.refresh(fleet);
        if (selected != null && name != null && !selected.host().equals(name)) {
            selected = null;
        }
    }

    /** The host the services are scoped to, or null for all. */
    public String scope() {
        return host;
    }

    public void filter(String text) {
        services.filter(text);
    }

    public String filterText() {
        return services.filterText();
    }

    /** Re-reads the fleet; call after fleet changes. */
    public void refresh() {
        services.refresh(fleet);
    }

    public Grid services() {
        return services.visible();
    }

    public List<FleetHost> hosts() {
        return fleet.hosts();
    }

    /** Selects the service row with {@code key} ({@code host/name}), or clears the selection when null. */
    public void select(String key) {
        selected = key == null ? null : ServiceRef.of(key);
    }

    public Optional<ServiceRef> selected() {
        return Optional.ofNullable(selected);
    }

    /** The selected service's deployments with their display columns; empty with no selection. */
    public Grid deployments() {
        return selected == null ? new Grid(List.of(), List.of())
                : new DeploymentsSource(selected.host(), selected.name()).read(fleet);
    }

    /** The selected service's functions with their figures and requests per second; empty with no selection. */
    public Grid functions() {
        return selected == null ? new Grid(FunctionsSource.COLUMNS, List.of())
                : new FunctionsSource(selected.host(), selected.name()).read(fleet);
    }

    /** The last requests-per-second rates of the function row with {@code key}, oldest first. */
    public List<Double> rates(String key) {
        return FunctionsSource.rates(fleet, key);
    }

    /** The last requests-per-second rates of the service row with {@code key}: its functions' summed. */
    public List<Double> serviceRates(String key) {
        return Sparkline.serviceRates(fleet, key);
    }

    /** Whether the selected service's host is connected, so that actions on it can run. */
    public boolean canAct() {
        return selected != null && fleet.host(selected.host())
                .map(h -> h.state() == ConnectionState.CONNECTED).orElse(false);
    }

    /** The status line: hosts, how many are connected, services shown. */
    public String summary() {
        List<FleetHost> all = fleet.hosts();
        long connected = all.stream().filter(h -> h.state() == ConnectionState.CONNECTED).count();
        return all.size() + (all.size() == 1 ? " host, " : " hosts, ") + connected + " connected · "
                + services.visible().rows().size() + " of " + fleet.services().stream()
                .filter(s -> host == null || s.host().equals(host)).count() + " services shown";
    }
}
