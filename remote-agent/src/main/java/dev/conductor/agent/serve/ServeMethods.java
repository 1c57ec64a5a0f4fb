package dev.conductor.agent.serve;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.function.FunctionHost;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.FunctionsResult;
import dev.conductor.protocol.method.MethodNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Every method of docs/protocol.md, wired to the engine. */
public final class ServeMethods {

    /** What this agent offers, as its hello announces. */
    public static final List<String> CAPABILITIES = List.of("services", "deployments", Hello.FUNCTIONS, "deploy",
            "rollback", "history", "logs", "commands", "events", "config", "reload", "wait", "fleet");
    private static final Duration DEBOUNCE = Duration.ofMillis(100);
    private static final Duration SETTLE = Duration.ofSeconds(1);
    /** Functions' figures change with every request: their rows go out at most this often. */
    private static final Duration POLL = Duration.ofSeconds(1);

    private ServeMethods() {}

    /**
     * The methods of one session on this host, watching systemd, Podman and the agent's directories.
     *
     * @param fleet the answer of {@code fleet}, read at each call
     */
    public static Methods standard(Supplier<AgentGraph> graphs, AgentPaths paths, Supplier<FleetResult> fleet) {
        return of(graphs, () -> List.of(SystemdBusChanges.watcher(), SystemdJournalChanges.watcher(),
                PodmanChanges.watcher(), new DirectoryChanges(paths)), DEBOUNCE, SETTLE)
                .add(MethodNames.FLEET, (call, none) -> fleet.get());
    }

    static Methods of(Supplier<AgentGraph> graphs, Supplier<List<ChangeSource>> sources, Duration debounce,
            Duration settle) {
        return of(graphs, FunctionHost::current, sources, debounce, settle, POLL);
    }

    /** @param functions where functions are served, looked up at each listing */
    static Methods of(Supplier<AgentGraph> graphs, Supplier<FunctionHost> functions,
            Supplier<List<ChangeSource>> sources, Duration debounce, Duration settle, Duration poll) {
        Methods methods = new Methods();
        new ServiceQueries(graphs).addTo(methods);
        new ServiceActions(graphs).addTo(methods);
        new DeploymentQueries(graphs).addTo(methods);
        FunctionRows functionRows = new FunctionRows(functions);
        ChangeFeed feed = new ChangeFeed(graphs, new RowInputs(new KnownPods(), functionRows), sources, debounce,
                settle, poll);
        return methods.add(MethodNames.FUNCTIONS_LIST,
                        (call, none) -> new FunctionsResult(functionRows.list(graphs.get())))
                .add(MethodNames.COMMAND_RUN, new CommandMethod(graphs, Path.of("").toAbsolutePath()))
                .add(MethodNames.LOGS_FOLLOW, new LogsMethod(graphs))
                .add(MethodNames.SERVICE_WAIT, new WaitMethod(graphs))
                .add(MethodNames.EVENTS_SUBSCRIBE, new EventsMethod(feed))
                .own(feed);
    }
}
