package dev.conductor.agent.cli;

import dev.conductor.agent.daemon.AgentSocket;
import dev.conductor.agent.daemon.DaemonClient;
import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.agent.fleet.ClusterPaths;
import dev.conductor.agent.fleet.FleetOverview;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.HostIdentity;
import dev.conductor.agent.serve.AgentServer;
import dev.conductor.agent.serve.ServeMethods;
import dev.conductor.protocol.Hello;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --stdio}: the protocol server that consoles run over SSH (docs/protocol.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the console protocol: JSON lines on stdin and stdout, logs on stderr.",
                "Ends when stdin closes."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--stdio", required = true, description = "Talk over stdin and stdout (the only transport).")
    private boolean stdio;

    @Override
    public Integer call() throws Exception {
        // the resident agent serves every console from one event feed; this process only carries bytes
        if (System.getenv("CONDUCTOR_LOCAL") == null
                && new DaemonClient(AgentSocket.STANDARD).bridge(System.in, System.out)) {
            return 0;
        }
        AgentPaths paths = AgentPaths.standard();
        // one graph for the session: it holds an HTTP client that a new graph per request would leak
        AgentGraph graph = AgentGraph.standard();
        Hello hello = Hello.fromAgent(AgentVersion.current(), HostIdentity.read(paths.hostFile()).hostname(),
                ServeMethods.CAPABILITIES);
        AgentServer.serveStdio(hello, ServeMethods.standard(() -> graph, paths,
                () -> FleetOverview.once(ClusterPaths.standard())));
        return 0;
    }
}
