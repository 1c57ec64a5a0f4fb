package dev.conductor.agent.wiring;

import dev.conductor.agent.caddy.CaddyAdmin;
import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.command.CommandRunner;
import dev.conductor.agent.deploy.Converger;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.deploy.DeployPorts;
import dev.conductor.agent.deploy.DeploymentControl;
import dev.conductor.agent.deploy.DeploymentLedger;
import dev.conductor.agent.deploy.Deploys;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.deploy.UnitDropIns;
import dev.conductor.agent.deployment.DeploymentLifecycle;
import dev.conductor.agent.deployment.DeploymentListing;
import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.agent.logs.JournalQuery;
import dev.conductor.agent.podman.Podman;
import dev.conductor.agent.podman.PodmanCli;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.proxy.ProxyRoutes;
import dev.conductor.agent.secret.CredsSecretStore;
import dev.conductor.agent.service.ConfigOverrides;
import dev.conductor.agent.service.DeployWait;
import dev.conductor.agent.service.Reloader;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.service.Retrier;
import dev.conductor.agent.service.ServiceControl;
import dev.conductor.agent.service.ServiceDescriber;
import dev.conductor.agent.service.ServiceLifecycle;
import dev.conductor.agent.service.ServiceListing;
import dev.conductor.agent.service.ServiceOperations;
import dev.conductor.agent.service.ServicePorts;
import dev.conductor.agent.service.StateReport;
import dev.conductor.agent.systemd.DropIns;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.SystemctlSystemd;
import java.time.Clock;

/**
 * The composition root: builds the agent's object graph once from the host's ports, and hands
 * the CLI, the protocol server and the daemon the workers they call. Nothing below it sees the
 * whole graph; each class gets the ports it uses.
 */
public final class AgentGraph {

    private final AgentPaths paths;
    private final ProcessRunner processes;
    private final StateStore states;
    private final DeploymentStore deployments;
    private final ServiceCatalog catalog;
    private final ServicePorts servicePorts;
    private final UnitDropIns dropIns;
    private final ProxyRoutes routes;
    private final DeploymentLifecycle lifecycle;
    private final DeploymentListing deploymentListing;
    private final Deploys deploys;
    private final CommandRunner commandRunner;
    private final JournalQuery journalQuery;

    /** The graph over these ports; tests pass in-memory systemd and Podman. */
    public AgentGraph(AgentPaths paths, ProcessRunner processes, Systemd systemd, DropIns dropIns, Podman podman,
            CaddyAdmin caddy, HostIdentity host) {
        this.paths = paths;
        this.processes = processes;
        this.states = new StateStore(paths);
        this.deployments = new DeploymentStore(paths);
        this.catalog = new ServiceCatalog(paths, states, host,
                new CredsSecretStore(paths.stateRoot().resolveSibling("secrets"), processes));
        this.servicePorts = new ServicePorts(catalog, states, systemd, paths);
        this.dropIns = new UnitDropIns(dropIns);
        this.routes = new ProxyRoutes(processes, caddy);
        this.lifecycle = new DeploymentLifecycle(paths, deployments, catalog, podman, processes);
        this.deploymentListing = new DeploymentListing(systemd, podman, deployments, catalog);
        this.deploys = new Deploys(new DeployPorts(paths, states, deployments, systemd), podman, routes,
                this.dropIns, lifecycle);
        this.commandRunner = new CommandRunner(catalog, states, deployments, podman, lifecycle);
        this.journalQuery = new JournalQuery(catalog, states, deployments, podman);
    }

    /** The real host: systemctl, podman, Caddy's admin API where /etc/caddy/Caddyfile puts it, the standard paths. */
    public static AgentGraph standard() {
        AgentPaths paths = AgentPaths.standard();
        ProcessRunner processes = new LocalProcessRunner();
        return new AgentGraph(paths, processes, new SystemctlSystemd(processes), new DropIns(),
                new PodmanCli(processes), HttpCaddyAdmin.standard(),
                HostIdentity.read(paths.hostFile()));
    }

    public AgentPaths paths() {
        return paths;
    }

    public ProcessRunner processes() {
        return processes;
    }

    public StateStore states() {
        return states;
    }

    public DeploymentStore deployments() {
        return deployments;
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    public ProxyRoutes proxyRoutes() {
        return routes;
    }

    public DeploymentLedger deploymentLedger(String deployment) {
        return new DeploymentLedger(deployments, deployment);
    }

    public DeploymentLifecycle deploymentLifecycle() {
        return lifecycle;
    }

    public DeploymentListing deploymentListing() {
        return deploymentListing;
    }

    public DeploymentControl deploymentControl() {
        return deploys.control();
    }

    public Converger converger(DeployListener listener) {
        return deploys.converger(listener);
    }

    public CommandRunner commandRunner() {
        return commandRunner;
    }

    public JournalQuery journalQuery() {
        return journalQuery;
    }

    public ServiceListing serviceListing() {
        return new ServiceListing(servicePorts);
    }

    public ServiceDescriber serviceDescriber() {
        return new ServiceDescriber(servicePorts, deployments);
    }

    public DeployWait deployWait() {
        return new DeployWait(catalog, states);
    }

    public StateReport stateReport() {
        return new StateReport(catalog, states);
    }

    public ServiceLifecycle serviceLifecycle(DeployListener listener) {
        return new ServiceLifecycle(servicePorts, deployments, processes, deploys, routes, listener);
    }

    public ServiceOperations serviceOperations(DeployListener listener) {
        return new ServiceOperations(servicePorts, deploys, dropIns, serviceLifecycle(listener), listener);
    }

    public ServiceControl serviceControl() {
        return new ServiceControl(servicePorts, dropIns, serviceLifecycle(DeployListener.SILENT));
    }

    public ConfigOverrides configOverrides() {
        return new ConfigOverrides(servicePorts, this::serviceOperations);
    }

    public Reloader reloader(DeployListener listener) {
        return reloader(listener, Trigger.of("reload"));
    }

    public Reloader reloader(DeployListener listener, Trigger trigger) {
        return new Reloader(servicePorts, dropIns, converger(listener), serviceLifecycle(listener),
                serviceOperations(listener), trigger);
    }

    public Retrier retrier(DeployListener listener, Clock clock) {
        return new Retrier(servicePorts, deploys, serviceLifecycle(listener), listener, clock);
    }
}
