package dev.conductor.agent.deployment;

import dev.conductor.protocol.DeploymentRow;
import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.engine.DisplayConfig;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.podman.PodmanException;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.UnitState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deployments of this host for {@code deployment ls}: one systemd query for all units and
 * one pod listing; addresses come from the deployments' directories.
 */
public final class DeploymentListing {

    private static final String DEPLOYMENT_UNITS = "conductor-deployment@*.service";
    private final Systemd systemd;
    private final Podman podman;
    private final DeploymentStore deployments;
    private final ServiceCatalog catalog;

    public DeploymentListing(Systemd systemd, Podman podman, DeploymentStore deployments, ServiceCatalog catalog) {
        this.systemd = systemd;
        this.podman = podman;
        this.deployments = deployments;
        this.catalog = catalog;
    }

    public List<DeploymentRow> list() {
        return list(podStates());
    }

    /** Every pod's state by name, from one Podman call. */
    public Map<String, String> podStates() {
        return podman.podStates();
    }

    /**
     * The rows with pod states the caller already has: no Podman call, which can wait long
     * behind a pod's removal, so that systemd's news goes out at once.
     */
    public List<DeploymentRow> list(Map<String, String> pods) {
        Map<String, UnitState> units = systemd.list(DEPLOYMENT_UNITS).stream()
                .collect(Collectors.toMap(UnitState::unit, Function.identity(), (a, b) -> a));
        Map<String, List<String>> displayKeys = new HashMap<>();
        return deployments.list().stream().map(record -> {
            String podState = pods.get(record.name());
            String ip = podState == null ? "" : deployments.podIp(record.name())
                    .orElseGet(() -> inspect(record.name()).map(PodInfo::ipAddress).orElse(""));
            UnitState unit = units.get(UnitNames.deployment(record.name()));
            List<String> keys = displayKeys.computeIfAbsent(record.service(), this::displayKeys);
            return new DeploymentRow(record.name(), record.service(), record.part(), record.revision(),
                    state(unit, Optional.ofNullable(podState)), ip, DisplayConfig.values(keys, record.config()));
        }).toList();
    }

    /** {@code UNIT/POD}: {@code active/Running}, {@code failed/no pod}, ... */
    static String state(UnitState unit, Optional<String> podState) {
        String unitState = unit == null || unit.activeState().isEmpty() ? "inactive" : unit.activeState();
        return unitState + "/" + podState.orElse("no pod");
    }

    // A deployment outlives a broken or removed service file: it is still listed, without columns.
    /** A pod being removed while we look loses containers between Podman's calls: list it as gone. */
    private Optional<PodInfo> inspect(String name) {
        try {
            return podman.inspectPod(name);
        } catch (PodmanException vanishing) {
            return Optional.empty();
        }
    }

    private List<String> displayKeys(String service) {
        try {
            return catalog.load(service).displayDeploymentConfig();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
