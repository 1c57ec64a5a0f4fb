package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.Converger;
import dev.conductor.agent.engine.ServiceLock;
import dev.conductor.agent.fleet.bundle.BundleInstaller;
import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.deploy.UnitDropIns;
import dev.conductor.agent.systemd.UnitState;
import dev.conductor.protocol.method.ReloadReport;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.LoadResult;
import dev.conductor.spec.load.ServiceFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes the host run what the service files declare: starts new services, stops those whose
 * files are gone or disabled, redeploys those whose files changed. Broken files are reported and
 * their services left alone. Running it twice changes nothing the second time.
 */
public final class Reloader {

    private static final String SERVICE_UNITS = "conductor-service@*.service";
    private final ServicePorts ports;
    private final UnitDropIns dropIns;
    private final Converger converger;
    private final ServiceLifecycle lifecycle;
    private final ServiceOperations operations;
    private final Trigger trigger;

    /** @param trigger recorded with the revisions it deploys: {@code watch} or {@code reload} */
    public Reloader(ServicePorts ports, UnitDropIns dropIns, Converger converger,
            ServiceLifecycle lifecycle, ServiceOperations operations, Trigger trigger) {
        this.ports = ports;
        this.dropIns = dropIns;
        this.converger = converger;
        this.lifecycle = lifecycle;
        this.operations = operations;
        this.trigger = trigger;
    }

    public ReloadReport reload() {
        LoadResult loaded = ports.catalog().loadAll();
        List<ReloadReport.Action> actions = new ArrayList<>();
        converger.removeOrphans()
                .forEach(name -> actions.add(new ReloadReport.Action(name, "cleaned", "removed orphan deployment")));
        Set<String> active = activeServices();
        Set<String> broken = loaded.failures().stream().map(ServiceFailure::name).collect(Collectors.toSet());
        for (String name : known(loaded, active)) {
            if (!broken.contains(name)) {
                try {
                    reconcile(name, loaded, active.contains(name), actions);
                } catch (RuntimeException e) {
                    actions.add(new ReloadReport.Action(name, "failed", e.getMessage()));
                }
            }
        }
        return new ReloadReport(actions, problems(loaded), loaded.warnings().stream().map(Object::toString).toList());
    }

    private void reconcile(String name, LoadResult loaded, boolean running, List<ReloadReport.Action> actions) {
        ServiceSpec spec = loaded.service(name).orElse(null);
        if (spec == null || !ports.catalog().runsHere(spec)) {
            if (running || ports.states().load(name).current() != null || leftUnits(name)) {
                stop(name, spec, actions);
            }
            return;
        }
        if (dropIns.writeService(spec)) {
            ports.systemd().daemonReload();
        }
        if (!running) {
            ports.systemd().start(UnitNames.service(name));
            actions.add(new ReloadReport.Action(name, "started", ports.states().load(name).reason()));
        } else {
            // an interrupted deploy is finished or undone first: deciding before would compare
            // the files with the revision being replaced, and deploy the same config once more
            String converged = converge(name);
            if (!converged.isEmpty()) {
                actions.add(new ReloadReport.Action(name, "converged", converged));
            }
            if (changed(spec)) {
                ServiceState state = operations.deploy(name, DeployOptions.DEFAULT.withTrigger(triggerFor(spec)));
                actions.add(new ReloadReport.Action(name, "redeployed", state.reason()));
            }
        }
    }

    /** A fleet service's files are put there by a fleet push, whichever reload applies them. */
    private Trigger triggerFor(ServiceSpec spec) {
        return spec.directory().startsWith(BundleInstaller.SERVICES) ? Trigger.of("fleet") : trigger;
    }

    private String converge(String name) {
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), name)) {
            return converger.converge(name);
        }
    }

    /** True when the files differ from what the serving revision was deployed from, unless held. */
    private boolean changed(ServiceSpec spec) {
        ServiceState state = ports.states().load(spec.name());
        String fingerprint = ports.catalog().fingerprint(spec);
        if (state.hold() != null && fingerprint.equals(state.holdSpecHash())) {
            return false;
        }
        return state.current() == null || ports.states().revision(spec.name(), state.current().revision())
                .map(revision -> !revision.specHash().equals(fingerprint)).orElse(true);
    }

    private void stop(String name, ServiceSpec spec, List<ReloadReport.Action> actions) {
        String why = spec == null ? "service files are gone" : ports.catalog().whyNotHere(spec);
        ports.systemd().stop(UnitNames.service(name));
        lifecycle.stopLeftovers(name, why);
        if (dropIns.removeService(name)) {
            ports.systemd().daemonReload();
        }
        actions.add(new ReloadReport.Action(name, "stopped", why));
    }

    /** A service whose start failed leaves units behind that are not active but still known. */
    private boolean leftUnits(String name) {
        return Stream.of(UnitNames.service(name), UnitNames.serviceConfig(name))
                .map(ports.systemd()::state).anyMatch(unit -> unit.active() || unit.failed());
    }

    private Set<String> activeServices() {
        return ports.systemd().list(SERVICE_UNITS).stream().filter(UnitState::active)
                .map(unit -> unit.unit().substring("conductor-service@".length(), unit.unit().length() - ".service".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> known(LoadResult loaded, Set<String> active) {
        Set<String> names = new TreeSet<>(active);
        names.addAll(ports.states().services());
        loaded.services().forEach(spec -> names.add(spec.name()));
        return names;
    }

    private static List<ReloadReport.Problem> problems(LoadResult loaded) {
        return loaded.failures().stream().flatMap(failure -> failure.error().problems().stream()
                .map(problem -> new ReloadReport.Problem(failure.name(), problem.file().toString(),
                        problem.location(), problem.reason()))).toList();
    }
}
