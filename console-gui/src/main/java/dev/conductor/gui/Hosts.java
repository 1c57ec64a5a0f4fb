package dev.conductor.gui;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.HostWatcher;
import dev.conductor.console.link.AgentConnector;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.Backoff;
import dev.conductor.console.view.Links;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The watched hosts: one watcher each, keeping the fleet live; the links actions run on. */
public final class Hosts implements Links, AutoCloseable {

    private final Fleet fleet;
    private final AgentConnector connector;
    private final Map<String, HostWatcher> watchers = new ConcurrentHashMap<>();

    public Hosts(Fleet fleet, AgentConnector connector) {
        this.fleet = fleet;
        this.connector = connector;
    }

    /** Starts watching {@code destination}; again after a failure (e.g. the agent was just installed). */
    public void add(String destination) {
        HostWatcher old = watchers.remove(destination);
        if (old != null) {
            old.close();
        }
        watchers.put(destination, new HostWatcher(destination, fleet, connector, Backoff.standard()).start());
    }

    public void remove(String destination) {
        HostWatcher watcher = watchers.remove(destination);
        if (watcher != null) {
            watcher.close();
        }
        fleet.removeHost(destination);
    }

    @Override
    public Optional<AgentLink> link(String host) {
        return Optional.ofNullable(watchers.get(host)).flatMap(HostWatcher::link);
    }

    @Override
    public void close() {
        watchers.values().forEach(HostWatcher::close);
        watchers.clear();
    }
}
