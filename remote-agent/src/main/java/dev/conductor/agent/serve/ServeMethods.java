package dev.conductor.agent.serve;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.Engine;
import dev.conductor.protocol.method.MethodNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Every method of docs/protocol.md, wired to the engine. */
public final class ServeMethods {

    /** What this agent offers, as its hello announces. */
    public static final List<String> CAPABILITIES = List.of("services", "deployments", "deploy", "rollback",
            "history", "logs", "commands", "events", "config", "reload", "wait");
    private static final Duration DEBOUNCE = Duration.ofMillis(100);
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private ServeMethods() {}

    /** The methods of one session on this host, watching systemd, Podman and the agent's directories. */
    public static Methods standard(Supplier<Engine> engines, AgentPaths paths) {
        return of(engines, () -> List.of(SystemdBusChanges.watcher(), SystemdJournalChanges.watcher(),
                PodmanChanges.watcher(), new DirectoryChanges(paths)), DEBOUNCE, SETTLE);
    }

    static Methods of(Supplier<Engine> engines, Supplier<List<ChangeSource>> sources, Duration debounce,
            Duration settle) {
        Methods methods = new Methods();
        new ServiceQueries(engines).addTo(methods);
        new ServiceActions(engines).addTo(methods);
        new DeploymentQueries(engines).addTo(methods);
        ChangeFeed feed = new ChangeFeed(engines, sources, debounce, settle);
        return methods.add(MethodNames.COMMAND_RUN, new CommandMethod(engines, Path.of("").toAbsolutePath()))
                .add(MethodNames.LOGS_FOLLOW, new LogsMethod(engines))
                .add(MethodNames.SERVICE_WAIT, new WaitMethod(engines))
                .add(MethodNames.EVENTS_SUBSCRIBE, new EventsMethod(feed))
                .own(feed);
    }
}
