package dev.conductor.agent.fleet;

import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.fleet.bundle.BundleInstaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What this host's heartbeat says it runs of the fleet: the services installed from the fleet
 * whose deploy state in the engine has a release serving. One installed but not (yet) deployed,
 * stopped, or whose first deploy failed, runs nowhere.
 */
public final class RunningServices implements Supplier<List<RunningService>> {

    private final Supplier<Map<String, String>> installed;
    private final Function<String, ServiceState> states;

    /**
     * @param installed the fleet services installed here, by name, with their digest
     * @param states each service's deploy state
     */
    public RunningServices(Supplier<Map<String, String>> installed, Function<String, ServiceState> states) {
        this.installed = installed;
        this.states = states;
    }

    /** From /run/conductor/services and the engine's state files. */
    public static RunningServices standard(StateStore states) {
        return new RunningServices(BundleInstaller.standard()::installed, states::load);
    }

    @Override
    public List<RunningService> get() {
        List<RunningService> running = new ArrayList<>();
        installed.get().forEach((name, digest) -> {
            ServiceState state = states.apply(name);
            if (state.current() != null) {
                running.add(new RunningService(name, digest, state.state().label()));
            }
        });
        return running;
    }
}
