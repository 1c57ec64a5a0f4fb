package dev.conductor.gui.bench;

import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.ServiceRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One connected host with 100 services, each with one deployment and two display columns, and
 * the stream of changes the benchmark applies: a random service gets a new state and tag, as a
 * {@code service} event from the agent would bring.
 */
final class BenchFleet {

    static final String HOST = "bench";
    static final int SERVICES = 100;

    private final Fleet fleet = new Fleet();
    private final Random random = new Random(42);

    BenchFleet() {
        fleet.addHost(HOST);
        fleet.connection(HOST, ConnectionState.CONNECTED, "bench", "");
        List<ServiceRow> services = new ArrayList<>();
        List<DeploymentRow> deployments = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            services.add(service(i, 0));
            deployments.add(new DeploymentRow(name(i) + "-1", name(i), "main", 1, "active/Running",
                    "10.0.0." + (i + 2), Map.of("TAG", "v0")));
        }
        fleet.resync(HOST, services, deployments, List.of());
    }

    Fleet fleet() {
        return fleet;
    }

    /** Applies {@code count} service changes, back to back, on the calling thread. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            fleet.service(HOST, service(random.nextInt(SERVICES), random.nextInt(1_000)));
        }
    }

    /** A service row whose state and display columns change with {@code version}. */
    private static ServiceRow service(int index, int version) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("TAG", "v" + version);
        display.put("URL", "https://" + name(index) + ".example/");
        return new ServiceRow(name(index), name(index), "main", version % 3 == 0 ? "Stable" : "TryAgainNext", "",
                List.of(name(index) + "-1"), display, null);
    }

    private static String name(int index) {
        return String.format("svc-%03d", index);
    }
}
