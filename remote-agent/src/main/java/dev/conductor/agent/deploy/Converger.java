package dev.conductor.agent.deploy;

import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.engine.ServiceLock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Brings what runs back in line with {@code state.json} after an agent died mid-deploy. A
 * deploy that had not switched routes yet is undone (the current release keeps serving); one
 * that had is finished. Deployments that no state refers to are removed as orphans.
 */
public final class Converger {

    private final DeployPorts ports;
    private final Teardown teardown;
    private final Supplier<Deployer> deployer;
    private final DeployListener listener;

    Converger(DeployPorts ports, Teardown teardown, Supplier<Deployer> deployer, DeployListener listener) {
        this.ports = ports;
        this.teardown = teardown;
        this.deployer = deployer;
        this.listener = listener;
    }

    /** Converges one service; the caller holds its lock. Returns what was done, or {@code ""}. */
    public String converge(String service) {
        ServiceState state = ports.states().load(service);
        if (!state.deploying()) {
            return "";
        }
        if (state.switched()) {
            deployer.get().finishSwitch(service, state, DeployOptions.DEFAULT);
            return "finished the interrupted deploy of revision " + state.next().revision();
        }
        teardown.removeAll(state.next().deployments());
        String reason = "interrupted: deploy of revision " + state.next().revision()
                + " did not finish and was cleaned up";
        ports.states().save(service, state.fail(reason));
        listener.step("cleanup", reason);
        return reason;
    }

    /**
     * Converges every service that has a state, then removes orphans: what the resident agent
     * does when it starts, since the one before it may have died mid-deploy. One service's
     * failure does not keep the others; it is in the returned lines.
     */
    public List<String> convergeAll() {
        List<String> done = new java.util.ArrayList<>();
        for (String service : ports.states().services()) {
            try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), service)) {
                String what = converge(service);
                if (!what.isEmpty()) {
                    done.add(service + ": " + what);
                }
            } catch (RuntimeException e) {
                done.add(service + ": cannot converge: " + e.getMessage());
            }
        }
        removeOrphans().forEach(name -> done.add(name + ": removed orphan deployment"));
        return done;
    }

    /**
     * Removes deployments whose directory no service's state refers to. Takes each owner's lock
     * while deciding, so that a deploy creating its deployments is never mistaken for orphans.
     */
    public List<String> removeOrphans() {
        return ports.deployments().list().stream()
                .filter(this::orphanUnderLock)
                .map(DeploymentRecord::name)
                .toList();
    }

    private boolean orphanUnderLock(DeploymentRecord record) {
        try (ServiceLock lock = ServiceLock.acquire(ports.paths().locks(), record.service())) {
            // listed before the lock: a deploy that held it may have removed this one meanwhile
            if (!ports.deployments().exists(record.name())
                    || referenced(ports.states().load(record.service())).contains(record.name())) {
                return false;
            }
            teardown.removeAll(List.of(record.name()));
            listener.step("cleanup", "removed orphan deployment " + record.name());
            return true;
        }
    }

    static Set<String> referenced(ServiceState state) {
        Set<String> names = new HashSet<>();
        Stream.of(state.current(), state.next()).filter(release -> release != null)
                .forEach(release -> names.addAll(release.deployments()));
        return names;
    }
}
