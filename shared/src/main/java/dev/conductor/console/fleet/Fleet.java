package dev.conductor.console.fleet;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.ServiceRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The hosts a console watches, with their services, deployments and functions, kept current by
 * the host connections. Thread-safe: connections apply changes from their own threads, views
 * read snapshots and listen.
 */
public final class Fleet {

    private static final String ADD = "\u0000add";
    private final Map<String, FleetHost> hosts = new LinkedHashMap<>();
    private final List<FleetListener> listeners = new CopyOnWriteArrayList<>();
    private final IdleTimer timer;

    public Fleet() {
        this(new IdleTimer(System::nanoTime, IdleTimer.QUIET));
    }

    /** With the timer of function rows; tests give it their clock. */
    Fleet(IdleTimer timer) {
        this.timer = timer;
    }

    public void addListener(FleetListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FleetListener listener) {
        listeners.remove(listener);
    }

    /** The hosts in the order they were added. */
    public synchronized List<FleetHost> hosts() {
        return List.copyOf(hosts.values());
    }

    public synchronized Optional<FleetHost> host(String name) {
        return Optional.ofNullable(hosts.get(name));
    }

    /** Every service of every host, host by host. */
    public synchronized List<HostService> services() {
        List<HostService> all = new ArrayList<>();
        hosts.values().forEach(host -> host.services().forEach(row -> all.add(new HostService(host.name(), row))));
        return all;
    }

    /** Removes a host and everything known of it. */
    public void removeHost(String name) {
        synchronized (this) {
            if (hosts.remove(name) == null) {
                return;
            }
        }
        FleetChange event = new FleetChange(FleetChange.Kind.HOST, name, "");
        listeners.forEach(listener -> listener.changed(event));
    }

    public void addHost(String name) {
        update(name, FleetChange.Kind.HOST, ADD, existing -> existing == null ? FleetHost.added(name) : existing);
    }

    public void connection(String host, ConnectionState state, String agentVersion, String detail) {
        update(host, FleetChange.Kind.HOST, "", current -> current.withConnection(state, agentVersion, detail));
    }

    /**
     * Replaces all of a host's rows, as after a (re)connect; the functions it still has keep their
     * request rates.
     */
    public void resync(String host, List<ServiceRow> services, List<DeploymentRow> deployments,
            List<FunctionRow> functions) {
        long now = timer.now();
        update(host, FleetChange.Kind.RESYNC, "", current -> current.withServices(services)
                .withDeployments(deployments)
                .withFunctions(functions.stream().map(row -> LiveFunction.of(current.functions(), row, now)).toList()));
        functions.forEach(row -> expectMore(host, row.id()));
    }

    public void service(String host, ServiceRow row) {
        update(host, FleetChange.Kind.SERVICE, row.name(), current -> current.withServices(
                Rows.put(current.services(), row, ServiceRow::name)));
    }

    public void deployment(String host, DeploymentRow row) {
        update(host, FleetChange.Kind.DEPLOYMENT, row.name(), current -> current.withDeployments(
                Rows.put(current.deployments(), row, DeploymentRow::name)));
    }

    /** A function's new row, which makes a new sample of its request rate. */
    public void function(String host, FunctionRow row) {
        long now = timer.now();
        update(host, FleetChange.Kind.FUNCTION, row.id(), current -> current.withFunctions(
                Rows.put(current.functions(), LiveFunction.of(current.functions(), row, now), LiveFunction::id)));
        expectMore(host, row.id());
    }

    public void serviceRemoved(String host, String name) {
        update(host, FleetChange.Kind.SERVICE, name, current -> current.withServices(
                Rows.remove(current.services(), name, ServiceRow::name)));
    }

    public void deploymentRemoved(String host, String name) {
        update(host, FleetChange.Kind.DEPLOYMENT, name, current -> current.withDeployments(
                Rows.remove(current.deployments(), name, DeploymentRow::name)));
    }

    public void functionRemoved(String host, String id) {
        update(host, FleetChange.Kind.FUNCTION, id, current -> current.withFunctions(
                Rows.remove(current.functions(), id, LiveFunction::id)));
    }

    /** A busy function whose next row does not come in time has gone idle: its rate drops to 0 then. */
    private void expectMore(String host, String id) {
        host(host).flatMap(known -> LiveFunction.find(known.functions(), id))
                .filter(function -> function.rate().perSecond() > 0)
                .ifPresent(busy -> timer.afterQuiet(() -> idle(host, id, busy.rate().atNanos())));
    }

    private void idle(String host, String id, long lastRow) {
        update(host, FleetChange.Kind.FUNCTION, id, current -> LiveFunction.find(current.functions(), id)
                .filter(function -> function.rate().atNanos() == lastRow)
                .map(function -> current.withFunctions(Rows.put(current.functions(), function.quiet(timer.now()),
                        LiveFunction::id)))
                .orElse(current));
    }

    /**
     * Applies {@code change} to the host's snapshot and tells the listeners, unless it changed
     * nothing; a change to an unknown host is dropped.
     */
    private void update(String host, FleetChange.Kind kind, String name, Function<FleetHost, FleetHost> change) {
        synchronized (this) {
            FleetHost current = hosts.get(host);
            if (current == null && !(kind == FleetChange.Kind.HOST && name.equals(ADD))) {
                return; // a late event from a host that was removed, or never added
            }
            FleetHost next = change.apply(current);
            if (next == current) {
                return;
            }
            hosts.put(host, next);
        }
        FleetChange event = new FleetChange(kind, host, name.equals(ADD) ? "" : name);
        listeners.forEach(listener -> listener.changed(event));
    }

    /** A service and the host it runs on. */
    public record HostService(String host, ServiceRow row) {}
}
