package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of {@code fleet}: the cluster's services, where each is placed and where it runs, and its
 * hosts' resources used against declared.
 *
 * @param cluster false when the answering host is in no cluster; the lists are then empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FleetResult(boolean cluster, List<FleetServiceInfo> services, List<FleetHostInfo> hosts) {

    public static final FleetResult NO_CLUSTER = new FleetResult(false, List.of(), List.of());

    public FleetResult {
        services = services == null ? List.of() : List.copyOf(services);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
}
