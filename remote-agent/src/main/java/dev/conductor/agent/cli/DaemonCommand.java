package dev.conductor.agent.cli;

import dev.conductor.agent.daemon.AgentSocket;
import dev.conductor.agent.daemon.DaemonServer;
import dev.conductor.agent.deploy.Converger;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.serve.AgentServer;
import dev.conductor.agent.serve.Methods;
import dev.conductor.agent.serve.ServeMethods;
import dev.conductor.protocol.Hello;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code daemon}: the resident agent, what {@code conductor-agent.service} runs. The composition
 * root of the long-running engine: the socket's routes, the consoles' shared event feed, recovery.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"Run the resident agent on its socket (what conductor-agent.service runs).",
                "The CLI, the units and the consoles' sessions talk to it; it logs to stderr."})
final class DaemonCommand implements Callable<Integer> {

    @Option(names = "--socket", paramLabel = "PATH", description = "Where to listen when systemd passes no socket"
            + " (default ${DEFAULT-VALUE}).")
    private Path socket = AgentSocket.STANDARD;

    @Override
    public Integer call() {
        AgentPaths paths = AgentPaths.standard();
        Engine engine = Engine.standard();
        // the event feed of every console session: one set of watchers for the host
        Methods methods = ServeMethods.standard(() -> engine, paths);
        Hello hello = Hello.fromAgent(AgentVersion.current(), HostIdentity.read(paths.hostFile()).hostname(),
                ServeMethods.CAPABILITIES);
        DaemonServer server = DaemonServer.of(AgentSocket.listen(socket), DaemonCommand::execute,
                (in, out) -> new AgentServer(in, out, hello, methods.shared()).run(), new DaemonState(engine));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "agent-shutdown"));
        System.err.println("agent " + AgentVersion.current() + ": listening on " + socket);
        Thread recovery = new Thread(() -> recover(engine), "agent-recovery");
        recovery.start();
        server.run();
        return 0;
    }

    /** A command line of the CLI, run here as it would run in its own process. */
    static int execute(List<String> args, PrintWriter out, PrintWriter err) {
        return AgentMain.inProcess(out, err).execute(args.toArray(String[]::new));
    }

    // after the socket is open: converging stops units, whose commands ask this agent
    private static void recover(Engine engine) {
        try {
            new Converger(engine, (step, detail) -> System.err.println("agent: " + step + ": " + detail))
                    .convergeAll().forEach(line -> System.err.println("agent: recovered " + line));
        } catch (RuntimeException e) {
            System.err.println("agent: recovery failed: " + e.getMessage());
        }
    }
}
