package dev.conductor.agent.service;

import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.UnitState;
import java.util.ArrayList;
import java.util.List;

/**
 * After Caddy was stopped and started again (not restarted), the config units that PartOf took
 * down stay down, and with them every route. This queues their start again for each service
 * and deployment whose own unit still runs.
 */
public final class RouteRevival {

    private static final String[][] PAIRS = {
        {"conductor-service@", "conductor-service-config@"},
        {"conductor-deployment@", "conductor-deployment-config@"},
    };

    private final Systemd systemd;

    public RouteRevival(Systemd systemd) {
        this.systemd = systemd;
    }

    /** Returns the config units whose start was queued. */
    public List<String> revive() {
        List<String> queued = new ArrayList<>();
        for (String[] pair : PAIRS) {
            for (UnitState unit : systemd.list(pair[0] + "*.service")) {
                String config = pair[1] + unit.unit().substring(pair[0].length());
                if (unit.active() && !systemd.state(config).active()) {
                    systemd.startQueued(config);
                    queued.add(config);
                }
            }
        }
        return queued;
    }
}
