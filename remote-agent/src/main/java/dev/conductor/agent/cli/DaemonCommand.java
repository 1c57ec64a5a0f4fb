package dev.conductor.agent.cli;

import dev.conductor.agent.function.FunctionHost;
import dev.conductor.agent.function.FunctionManager;
import dev.conductor.agent.http.SocketAccess;
import dev.conductor.agent.policy.AuthSocket;
import dev.conductor.agent.policy.Gate;
import dev.conductor.agent.policy.PolicyStore;
import dev.conductor.agent.daemon.AgentSocket;
import dev.conductor.agent.daemon.DaemonServer;
import dev.conductor.agent.daemon.IdleTrim;
import dev.conductor.agent.deploy.Converger;
import dev.conductor.agent.deploy.DeployListener;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.PrivateModes;
import dev.conductor.agent.fleet.ClusterPaths;
import dev.conductor.agent.fleet.FleetAgent;
import dev.conductor.agent.fleet.JoinDesk;
import dev.conductor.agent.fleet.RunningServices;
import dev.conductor.agent.systemd.SystemctlSystemd;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.serve.AgentServer;
import dev.conductor.agent.serve.Methods;
import dev.conductor.agent.serve.ServeMethods;
import dev.conductor.agent.service.Reloader;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.watch.AgentConfig;
import dev.conductor.agent.watch.ServiceFilesWatcher;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.method.ReloadReport;
import dev.conductor.spec.ServiceFunction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code daemon}: the resident agent, what {@code conductor-agent.service} runs. It builds one
 * {@link AgentGraph} for its lifetime and wires it to the socket's routes, the consoles' shared
 * event feed, recovery after a restart, watch mode and retries (both set in /etc/conductor/agent.json).
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"Run the resident agent on its socket (what conductor-agent.service runs).",
                "The CLI, the units and the consoles' sessions talk to it; it logs to stderr.",
                "It applies changed service files itself (\"watch\": false in /etc/conductor/agent.json turns"
                        + " that off) and retries failed deploys with backoff (\"retry\": false)."})
final class DaemonCommand implements Callable<Integer> {

    private static final Duration DEBOUNCE = Duration.ofMillis(500);
    private static final DeployListener LOG = (step, detail) -> System.err.println("agent: " + step + ": " + detail);

    @Option(names = "--socket", paramLabel = "PATH", description = "Where to listen when systemd passes no socket"
            + " (default ${DEFAULT-VALUE}).")
    private Path socket = AgentSocket.STANDARD;

    @Override
    public Integer call() throws IOException {
        AgentPaths paths = AgentPaths.standard();
        AgentGraph graph = AgentGraph.standard();
        tightenModes(paths);
        FunctionHost.install(new FunctionManager(new SystemctlSystemd(graph.processes())));
        openAuth();
        AgentConfig config = AgentConfig.read(AgentConfig.STANDARD);
        // the fleet: nothing until 'cluster init' or 'cluster join' configured this host
        FleetAgent fleet = new FleetAgent(ClusterPaths.standard(), paths.hostFile(),
                JoinDesk.standard(ClusterPaths.standard(), graph.processes(), System.err::println),
                RunningServices.standard(graph.states()), System.err::println);
        // the event feed of every console session: one set of watchers for the host
        Methods methods = ServeMethods.standard(() -> graph, paths, fleet::overview);
        Hello hello = Hello.fromAgent(AgentVersion.current(), HostIdentity.read(paths.hostFile()).hostname(),
                ServeMethods.CAPABILITIES);
        DaemonServer server = DaemonServer.of(AgentSocket.listen(socket), DaemonCommand::execute,
                (in, out) -> new AgentServer(in, out, hello, methods.shared()).run(), new DaemonState(graph));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "agent-shutdown"));
        System.err.println("agent " + AgentVersion.current() + ": listening on " + socket + "; watch "
                + (config.watching() ? "on" : "off") + ", retry " + (config.retrying() ? "on" : "off"));
        // after the socket is open: converging stops units, whose commands ask this agent
        background("agent-recovery", () -> {
            recover(graph);
            if (config.watching()) {
                watch(graph, paths);
            }
        });
        if (config.retrying()) {
            scheduled("agent-retry", graph.retrier(LOG, Clock.systemUTC())::tick, Duration.ofSeconds(1));
        }
        scheduled("agent-fleet", fleet::tick, FleetAgent.HEARTBEAT);
        scheduled("agent-fleet-buckets", fleet::keepBuckets, FleetAgent.HEARTBEAT);
        scheduled("agent-trim", new IdleTrim(server::requests)::tick, IdleTrim.PERIOD);
        server.run();
        return 0;
    }

    // after an upgrade, or what the old agent wrote until install restarted it: config values
    // 0644 in 0755 directories; a failure here must not keep the agent from serving
    private static void tightenModes(AgentPaths paths) {
        try {
            List<Path> changed = PrivateModes.tighten(paths.stateRoot(), paths.deploymentRoot());
            if (!changed.isEmpty()) {
                System.err.println("agent: made " + changed.size() + " state and deployment files and directories"
                        + " root's only (0600, 0700)");
            }
        } catch (RuntimeException e) {
            System.err.println("agent: cannot make the state and deployment files root's only: " + e.getMessage());
        }
    }

    // a protected function's route asks this socket first; without it Caddy answers 502, never admits
    private static void openAuth() {
        try {
            AuthSocket.open(AuthSocket.STANDARD, SocketAccess.caddyGroup(), Gate.of(PolicyStore.standard()),
                    id -> FunctionHost.current().function(id).map(ServiceFunction::policies), System.err::println);
        } catch (IOException e) {
            System.err.println("agent: cannot open the auth socket " + AuthSocket.STANDARD + ": " + e.getMessage());
        }
    }

    /** A command line of the CLI, run here as it would run in its own process. */
    static int execute(List<String> args, PrintWriter out, PrintWriter err) {
        return AgentMain.inProcess(out, err).execute(args.toArray(String[]::new));
    }

    private static void recover(AgentGraph graph) {
        try {
            graph.converger(LOG).convergeAll().forEach(line -> System.err.println("agent: recovered " + line));
        } catch (RuntimeException e) {
            System.err.println("agent: recovery failed: " + e.getMessage());
        }
        try {
            graph.serviceLifecycle(LOG).serveRunningFunctions();
        } catch (RuntimeException e) {
            System.err.println("agent: cannot serve the functions again: " + e.getMessage());
        }
    }

    private static void watch(AgentGraph graph, AgentPaths paths) {
        try (ServiceFilesWatcher watcher = new ServiceFilesWatcher(paths.serviceRoots(), DEBOUNCE,
                () -> reload(graph))) {
            watcher.run();
        } catch (IOException e) {
            System.err.println("agent: watch mode is off, cannot watch the service files: " + e.getMessage());
        }
    }

    // what 'reload' prints, in the journal: broken files are reported there and never applied
    private static void reload(AgentGraph graph) {
        try {
            ReloadReport report = graph.reloader(LOG, Trigger.of("watch")).reload();
            report.actions().forEach(a -> System.err.println("agent: watch: " + a.action() + " " + a.service()
                    + (a.detail().isEmpty() ? "" : ": " + a.detail())));
            report.errors().forEach(e -> System.err.println("agent: watch: broken " + e.service() + ": " + e.file()
                    + (e.location().isEmpty() ? "" : ":" + e.location()) + ": " + e.reason() + "; not applied"));
        } catch (RuntimeException e) {
            System.err.println("agent: watch: reload failed: " + e.getMessage());
        }
    }

    private static void scheduled(String name, Runnable task, Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(job -> daemonThread(name, job));
        timer.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void background(String name, Runnable task) {
        daemonThread(name, task).start();
    }

    private static Thread daemonThread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
