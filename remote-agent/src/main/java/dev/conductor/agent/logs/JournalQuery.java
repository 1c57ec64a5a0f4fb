package dev.conductor.agent.logs;

import dev.conductor.agent.context.UnitNames;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.deployment.DeploymentStore;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.agent.engine.UnknownServiceException;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.function.ActionFunctions;
import dev.conductor.agent.function.FunctionId;
import dev.conductor.agent.function.FunctionLog;
import dev.conductor.agent.podman.PodInfo;
import dev.conductor.agent.podman.Podman;
import dev.conductor.spec.SafeNameValidator;
import dev.conductor.spec.load.ServiceFileException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code journalctl} command lines that show a service's or a deployment's logs. journalctl
 * ANDs matches on different fields unless they are separated by {@code +} (checked on systemd
 * 252), so every match is its own {@code +} term. {@code -u} is not used: combined with field
 * matches it ANDs them too.
 */
public final class JournalQuery {

    private final ServiceCatalog catalog;
    private final StateStore states;
    private final DeploymentStore deployments;
    private final Podman podman;

    public JournalQuery(ServiceCatalog catalog, StateStore states, DeploymentStore deployments, Podman podman) {
        this.catalog = catalog;
        this.states = states;
        this.deployments = deployments;
        this.podman = podman;
    }

    /**
     * The service's units, the journal fields its units carry, and all of its deployments.
     *
     * @throws UnknownServiceException when neither files nor state of that service exist
     */
    public List<String> serviceMatches(String service) {
        requireService(service);
        Set<String> matches = new LinkedHashSet<>();
        units(matches, UnitNames.service(service), UnitNames.serviceConfig(service));
        matches.add("CONDUCTOR_SERVICE=" + service);
        deploymentsOf(service).forEach(deployment -> matches.addAll(deploymentMatches(deployment)));
        return List.copyOf(matches);
    }

    /**
     * A function's lines: its programs' stderr and the agent's word on its requests.
     *
     * @throws ConductorException (not found) when no service declares that function
     */
    public List<String> functionMatches(String function) {
        // only an id that exists gets through, so an action's '~' needs no other check
        List<String> ids = catalog.loadAll().services().stream().flatMap(spec -> Stream.concat(
                spec.functions().stream().map(declared -> FunctionId.of(spec.name(), declared)),
                ActionFunctions.of(spec).keySet().stream())).toList();
        if (!ids.contains(function)) {
            throw new ConductorException(ErrorKind.NOT_FOUND, "no function '" + function + "'; functions: " + ids);
        }
        return List.of("SYSLOG_IDENTIFIER=" + FunctionLog.identifier(function));
    }

    /** The deployment's units, its journal field, its pod's containers; also for a removed deployment. */
    public List<String> deploymentMatches(String deployment) {
        requireSafe("deployment", deployment);
        Set<String> matches = new LinkedHashSet<>();
        units(matches, UnitNames.deployment(deployment), UnitNames.deploymentConfig(deployment));
        matches.add("CONDUCTOR_DEPLOYMENT=" + deployment);
        matches.add("CONTAINER_TAG=" + deployment);
        containers(deployment).forEach(name -> matches.add("CONTAINER_NAME=" + name));
        return List.copyOf(matches);
    }

    /**
     * The whole command: {@code journalctl -o short-iso --no-pager [-n N] [-f] MATCH + MATCH ...}.
     *
     * @param lines how many of the last lines to show; 0 or less for all
     */
    public static List<String> command(List<String> matches, boolean follow, int lines) {
        List<String> command = new ArrayList<>(List.of("journalctl", "-o", "short-iso", "--no-pager"));
        if (lines > 0) {
            command.addAll(List.of("-n", String.valueOf(lines)));
        }
        if (follow) {
            command.add("-f");
        }
        for (int i = 0; i < matches.size(); i++) {
            if (i > 0) {
                command.add("+");
            }
            command.add(matches.get(i));
        }
        return command;
    }

    // UNIT= carries systemd's own messages about the unit: starting, failed, stopped.
    private static void units(Set<String> matches, String... units) {
        for (String unit : units) {
            matches.add("_SYSTEMD_UNIT=" + unit);
            matches.add("UNIT=" + unit);
        }
    }

    private List<String> deploymentsOf(String service) {
        ServiceState state = states.load(service);
        Stream<String> recorded = deployments.list().stream()
                .filter(record -> record.service().equals(service)).map(DeploymentRecord::name);
        Stream<String> released = Stream.of(state.current(), state.next()).filter(release -> release != null)
                .flatMap(release -> release.deployments().stream());
        return Stream.concat(recorded, released).distinct().toList();
    }

    // Containers log through conmon, outside the deployment unit; their names find them.
    private List<String> containers(String deployment) {
        try {
            return podman.inspectPod(deployment).map(PodInfo::containers).orElse(List.of()).stream()
                    .map(PodInfo.ContainerInfo::name).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void requireService(String service) {
        requireSafe("service", service);
        try {
            catalog.load(service);
        } catch (ServiceFileException broken) {
            // a broken file is when logs are most wanted
        } catch (UnknownServiceException e) {
            if (!states.services().contains(service)) {
                throw e;
            }
        }
    }

    private static void requireSafe(String what, String name) {
        if (!SafeNameValidator.isSafe(name)) {
            throw new IllegalArgumentException("invalid " + what + " name '" + name + "'");
        }
    }
}
