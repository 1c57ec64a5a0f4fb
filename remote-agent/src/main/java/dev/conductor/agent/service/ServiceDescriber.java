package dev.conductor.agent.service;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.engine.DisplayConfig;
import dev.conductor.protocol.method.ReleaseInfo;
import dev.conductor.protocol.method.ServiceDetails;
import dev.conductor.spec.Secrets;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import java.util.Map;

/** Gathers what {@code service show} prints about one service. */
public final class ServiceDescriber {

    private final ServicePorts ports;
    private final DeploymentStore deployments;

    public ServiceDescriber(ServicePorts ports, DeploymentStore deployments) {
        this.ports = ports;
        this.deployments = deployments;
    }

    /**
     * @throws dev.conductor.agent.engine.UnknownServiceException when no such service exists
     * @throws dev.conductor.spec.load.ServiceFileException when its files are broken
     */
    public ServiceDetails describe(String name) {
        ServiceSpec spec = ports.catalog().load(name);
        ServiceState state = ports.states().load(name);
        String why = ports.catalog().whyNotHere(spec);
        String label = why.isEmpty()
                ? ServiceStateLabel.of(state, ports.systemd().state(UnitNames.service(name)))
                : state.state().label() + " (" + why + ")";
        Map<String, String> config = ports.catalog().effectiveConfig(spec);
        return new ServiceDetails(name, spec.appName(), spec.instanceName(), spec.directory().toString(), label,
                state.reason(), state.hold(), view(state.current()), view(state.next()), spec.healthCheck(),
                spec.pods(), spec.hooks(), spec.commands(), deployments(spec, state.current()),
                Secrets.masked(config), List.copyOf(ports.states().overrides(name).keySet()));
    }

    private List<ServiceDetails.DeploymentView> deployments(ServiceSpec spec, Release release) {
        if (release == null) {
            return List.of();
        }
        Map<String, String> revisionConfig = ports.states().revision(spec.name(), release.revision())
                .map(Revision::config).orElse(Map.of());
        return release.deployments().stream().map(name -> {
            DeploymentRecord record = deployments.load(name).orElse(null);
            Map<String, String> config = record == null ? revisionConfig : record.config();
            return new ServiceDetails.DeploymentView(name, record == null ? "" : record.part(), release.revision(),
                    DisplayConfig.values(spec.displayServiceDeploymentConfig(), config));
        }).toList();
    }

    private static ReleaseInfo view(Release release) {
        return release == null ? null : new ReleaseInfo(release.revision(), release.deployments());
    }
}
