package dev.conductor.console.cli;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.FleetChange;
import dev.conductor.console.fleet.FleetHost;
import dev.conductor.console.fleet.HostWatcher;
import dev.conductor.console.link.Backoff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code watch}: keeps the fleet model live for every host and prints each change as a JSON
 * line: connections, services and deployments, reconnecting after drops.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow every --host live and print each change of the fleet model as one JSON line.")
final class WatchCommand extends RemoteCommand implements Runnable {

    @Option(names = "--for", paramLabel = "SECONDS", description = "Stop after this long (default: until interrupted).")
    Long seconds;

    @Override
    public void run() {
        Fleet fleet = new Fleet();
        fleet.addListener(change -> print(fleet, change));
        List<HostWatcher> watchers = new ArrayList<>();
        try (Consoles consoles = consoles()) {
            for (String host : consoles.hosts()) {
                watchers.add(new HostWatcher(host, fleet, consoles.connector(), Backoff.standard()).start());
            }
            Thread.sleep(seconds == null ? Long.MAX_VALUE : seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watchers.forEach(HostWatcher::close);
        }
    }

    private synchronized void print(Fleet fleet, FleetChange change) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", change.kind().name().toLowerCase());
        line.put("host", change.host());
        Optional<FleetHost> host = fleet.host(change.host());
        switch (change.kind()) {
            case HOST -> host.ifPresent(h -> {
                line.put("state", h.state().name().toLowerCase());
                line.put("agent_version", h.agentVersion());
                line.put("detail", h.detail());
            });
            case SERVICE -> line.put("service", host.flatMap(h -> h.services().stream()
                    .filter(s -> s.name().equals(change.name())).findFirst()).orElse(null));
            case DEPLOYMENT -> line.put("deployment", host.flatMap(h -> h.deployments().stream()
                    .filter(d -> d.name().equals(change.name())).findFirst()).orElse(null));
            case RESYNC -> host.ifPresent(h -> line.put("services", h.services().size()));
        }
        line.put("name", change.name());
        printJsonLine(line);
    }
}
