package dev.conductor.agent.fleet.schedule;

import dev.conductor.agent.fleet.bundle.BundleInstaller;
import dev.conductor.agent.fleet.catalog.FleetCatalog;
import dev.conductor.agent.fleet.catalog.FleetService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes this host's fleet services what the board places on it: the current version of each
 * installed (the watch mode then deploys it, zero-downtime), and every other fleet service it
 * still has removed (the watch mode stops it). A host back from an outage thus drops what moved
 * away while it was gone before anything else, and never runs it twice for long.
 */
public final class Materializer {

    private final FleetCatalog catalog;
    private final PlacementBoard board;
    private final BundleInstaller installer;
    private final String host;

    public Materializer(FleetCatalog catalog, PlacementBoard board, BundleInstaller installer, String host) {
        this.catalog = catalog;
        this.board = board;
        this.installer = installer;
        this.host = host;
    }

    /** What a pass changed on this host. */
    public record Pass(List<String> installed, List<String> removed) {}

    public Pass apply() {
        Map<String, PlacementBoard.Entry> placements = board.all();
        Map<String, String> here = installer.installed();
        List<String> removed = new ArrayList<>();
        for (String service : here.keySet()) {
            PlacementBoard.Entry entry = placements.get(service);
            if (entry == null || !entry.hosts().contains(host)) {
                installer.remove(service);
                removed.add(service);
            }
        }
        List<String> installed = new ArrayList<>();
        for (FleetService service : catalog.list()) {
            PlacementBoard.Entry entry = placements.get(service.name());
            if (entry != null && entry.hosts().contains(host) && !service.digest().equals(here.get(service.name()))) {
                installer.install(catalog.bundle(service));
                installed.add(service.name());
            }
        }
        return new Pass(installed, removed);
    }
}
