package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.engine.DisplayConfig;
import dev.conductor.agent.systemd.UnitState;
import dev.conductor.agent.function.FunctionId;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.spec.SafeNameValidator;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.LoadResult;
import dev.conductor.spec.load.ServiceFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The services of this host for {@code service ls}: every declared service, broken ones
 * included, and services whose unit still runs after their files went away. Unit states come
 * from one systemd query, so that listing many services costs one systemctl call.
 */
public final class ServiceListing {

    private static final String SERVICE_UNITS = "conductor-service@*.service";
    private static final String PREFIX = "conductor-service@";
    private static final String SUFFIX = ".service";
    private final ServicePorts ports;

    public ServiceListing(ServicePorts ports) {
        this.ports = ports;
    }

    public List<ServiceRow> list() {
        LoadResult loaded = ports.catalog().loadAll();
        Map<String, UnitState> units = ports.systemd().list(SERVICE_UNITS).stream()
                .collect(Collectors.toMap(UnitState::unit, Function.identity(), (a, b) -> a));
        List<ServiceRow> rows = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (ServiceSpec spec : loaded.services()) {
            rows.add(row(spec, units.get(UnitNames.service(spec.name()))));
            named.add(spec.name());
        }
        for (ServiceFailure failure : loaded.failures()) {
            rows.add(broken(failure));
            named.add(failure.name());
        }
        units.values().stream().filter(UnitState::active).map(unit -> instance(unit.unit()))
                .filter(name -> SafeNameValidator.isSafe(name) && !named.contains(name))
                .forEach(name -> rows.add(gone(name)));
        rows.sort(Comparator.comparing(ServiceRow::name));
        return rows;
    }

    private ServiceRow row(ServiceSpec spec, UnitState unit) {
        ServiceState state = ports.states().load(spec.name());
        String why = ports.catalog().whyNotHere(spec);
        String label = ServiceStateLabel.of(state, unit);
        if (!why.isEmpty()) {
            label = spec.disabled() || ports.catalog().disabledByOperator(spec.name())
                    ? ServiceStateLabel.DISABLED : ServiceStateLabel.NOT_HERE;
            // until the next reload stops it, a service may run although it should not
            label += unit != null && unit.active() ? " (still running)" : "";
        }
        return new ServiceRow(spec.name(), spec.appName(), spec.instanceName(), label,
                why.isEmpty() ? state.reason() : why, deployments(state),
                DisplayConfig.values(spec.displayServiceConfig(), servingConfig(spec, state)), null,
                spec.functions().stream().map(function -> FunctionId.of(spec.name(), function)).toList());
    }

    /** What runs is what operators want to see: the serving revision's config, else the file's. */
    private Map<String, String> servingConfig(ServiceSpec spec, ServiceState state) {
        return Optional.ofNullable(state.current())
                .flatMap(release -> ports.states().revision(spec.name(), release.revision()))
                .map(Revision::config)
                .orElseGet(() -> ports.catalog().effectiveConfig(spec));
    }

    private ServiceRow broken(ServiceFailure failure) {
        ServiceState state = ports.states().load(failure.name());
        return new ServiceRow(failure.name(), "", "", ServiceStateLabel.BROKEN, state.reason(), deployments(state),
                Map.of(), failure.error().getMessage());
    }

    private ServiceRow gone(String name) {
        ServiceState state = ports.states().load(name);
        return new ServiceRow(name, "", "", state.state().label() + " (files gone)",
                "its unit runs but no service file declares it any more; 'reload' stops it",
                deployments(state), Map.of(), null);
    }

    private static List<String> deployments(ServiceState state) {
        return state.current() == null ? List.of() : state.current().deployments();
    }

    private static String instance(String unit) {
        return unit.startsWith(PREFIX) && unit.endsWith(SUFFIX)
                ? unit.substring(PREFIX.length(), unit.length() - SUFFIX.length()) : "";
    }
}
