package dev.conductor.console.view;

import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.protocol.DeploymentRow;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.method.FleetHostInfo;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.FleetServiceInfo;
import dev.conductor.protocol.method.RunningInfo;
import dev.conductor.protocol.ServiceRow;
import java.util.List;
import java.util.Map;

/** Fleets filled directly, as the host watchers would fill them. */
public final class Fleets {

    private Fleets() {}

    public static ServiceRow service(String name, String state, Map<String, String> display, String... deployments) {
        return new ServiceRow(name, name + "-app", "main", state, "", List.of(deployments), display, null);
    }

    public static DeploymentRow deployment(String name, String service, String ip, Map<String, String> display) {
        return new DeploymentRow(name, service, "", 1, "active/Running", ip, display);
    }

    /** A serving http-stdio function of {@code service} that answered {@code requests}, 1 of them with an error. */
    public static FunctionRow function(String id, String service, long requests) {
        return new FunctionRow(id, service, id.equals(service) ? "" : id.substring(service.length() + 1), "http-stdio",
                "multi", "serving", "/cgi/" + id, 1, 2, requests, 1, 1.5, 12.5);
    }

    /** Two connected hosts: alpha with web and api and web's function, beta with worker and its function. */
    public static Fleet twoHosts() {
        Fleet fleet = new Fleet();
        fleet.addHost("alpha");
        fleet.connection("alpha", ConnectionState.CONNECTED, "1.2.0", "");
        fleet.resync("alpha",
                List.of(service("web", "Stable", Map.of("url", "https://web"), "web-1", "web-2"),
                        service("api", "TryAgainNext", Map.of("port", "8080"), "api-1")),
                List.of(deployment("web-1", "web", "10.0.0.2", Map.of("image", "web:2")),
                        deployment("web-2", "web", "10.0.0.3", Map.of("image", "web:2")),
                        deployment("api-1", "api", "10.0.0.4", Map.of())),
                List.of(function("web", "web", 40)));
        fleet.addHost("beta");
        fleet.connection("beta", ConnectionState.CONNECTED, "1.1.0", "");
        fleet.resync("beta", List.of(service("worker", "Stable", Map.of(), "worker-1")),
                List.of(deployment("worker-1", "worker", "10.0.1.2", Map.of())),
                List.of(function("worker-jobs", "worker", 7)));
        return fleet;
    }

    /**
     * A cluster as alpha's agent answers {@code fleet}: web placed on alpha and beta, beta still on the
     * version before; db on alpha; cron placed on beta and running nowhere; beta overcommitted.
     */
    public static FleetResult cluster() {
        return new FleetResult(true, List.of(
                new FleetServiceInfo("web", 2, "aaaaaaaaaaaaaaaa", List.of("alpha", "beta"), List.of(
                        new RunningInfo("alpha", "aaaaaaaaaaaaaaaa", "Stable"),
                        new RunningInfo("beta", "bbbbbbbbbbbbbbbb", "WaitNext"))),
                new FleetServiceInfo("db", 1, "cccc", List.of("alpha"), List.of(new RunningInfo("alpha", "cccc", "Stable"))),
                new FleetServiceInfo("cron", 1, "dddd", List.of("beta"), List.of())),
                List.of(new FleetHostInfo("alpha", "10.0.0.1", "alive", "2026-12-06T12:00:00Z", Map.of(),
                                Map.of("vcpu", 4.0, "ram_gb", 16.0), Map.of("vcpu", 3.5, "ram_gb", 2.0)),
                        new FleetHostInfo("beta", "10.0.0.2", "missing", "2026-12-06T11:59:00Z", Map.of(),
                                Map.of("vcpu", 2.0), Map.of("vcpu", 3.0, "gpu", 1.0))));
    }
}
