package dev.conductor.agent.cli;

import dev.conductor.agent.deploy.DeployOptions;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.service.ServiceControl;
import dev.conductor.agent.service.ServiceOperations;
import dev.conductor.protocol.method.WaitResult;
import dev.conductor.spec.Secrets;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code conductor-agent service ...}: deploy, roll back and control services. */
@Command(name = "service", mixinStandardHelpOptions = true, description = "Manage services.",
        subcommands = {ServiceListCommand.class, ServiceShowCommand.class, ServiceEnvCommand.class,
                ServiceLogsCommand.class, ServiceConfigCommand.class})
final class ServiceCommand {

    @Spec
    private CommandSpec spec;

    @Command(description = {"Deploy the service file as it is now, with zero downtime.",
            "Waits until the new deployment is healthy, switches Caddy routes, drains and stops the old one."})
    int deploy(@Parameters(paramLabel = "NAME") String name, @Option(names = "--timeout", defaultValue = "120",
                       description = "Seconds the new deployment may take to become healthy (default ${DEFAULT-VALUE}).")
               long timeout,
               @Option(names = "--drain", defaultValue = "2",
                       description = "Seconds the old deployment keeps serving requests in flight (default ${DEFAULT-VALUE}).")
               double drain,
               @Option(names = "--json", description = "Print the steps and the result as JSON.") boolean json)
            throws Exception {
        ProgressPrinter progress = new ProgressPrinter(out(), json);
        ServiceState state = AgentGraph.standard().serviceOperations(progress).deploy(name, options(timeout, drain));
        return report(json, progress, state);
    }

    @Command(description = {"Deploy an earlier revision's config, with zero downtime.",
            "The rollback holds until the service file changes or a new deploy is asked for."})
    int rollback(@Parameters(paramLabel = "NAME") String name,
                 @Option(names = "--to", paramLabel = "REVISION",
                         description = "Revision to return to (default: the one before the serving one).") Integer to,
                 @Option(names = "--timeout", defaultValue = "120", description = "Health timeout in seconds.")
                 long timeout,
                 @Option(names = "--drain", defaultValue = "2", description = "Drain time in seconds.") double drain,
                 @Option(names = "--json", description = "Print the steps and the result as JSON.") boolean json)
            throws Exception {
        ProgressPrinter progress = new ProgressPrinter(out(), json);
        ServiceState state = AgentGraph.standard().serviceOperations(progress).rollback(name, to, options(timeout, drain));
        return report(json, progress, state);
    }

    @Command(description = {"Wait until a revision of the service serves (Stable), for scripts and CI.",
            "Exit code 0 when it serves, 4 when its deploy failed or a later one replaced it, 1 on timeout."})
    int wait(@Parameters(paramLabel = "NAME") String name,
             @Option(names = "--revision", paramLabel = "N", description = "Revision to wait for (default: the newest).")
             Integer revision,
             @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
                     description = "Give up after this many seconds (default ${DEFAULT-VALUE}).") double timeout,
             @Option(names = "--json", description = "Print the outcome as JSON.") boolean json) throws Exception {
        WaitResult outcome = AgentGraph.standard().deployWait()
                .await(name, revision, Duration.ofMillis(Math.round(timeout * 1000)));
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(outcome));
        } else {
            (outcome.stable() ? out() : spec.commandLine().getErr()).println(outcome.service() + " revision "
                    + outcome.revision() + ": " + outcome.status() + ": " + outcome.reason());
        }
        out().flush();
        return outcome.stable() ? 0 : "timeout".equals(outcome.status()) ? ErrorHandler.FAILURE : ErrorHandler.DEPLOY_FAILED;
    }

    @Command(description = "List the service's revisions, with their config snapshots.")
    void history(@Parameters(paramLabel = "NAME") String name,
                 @Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        AgentGraph graph = AgentGraph.standard();
        graph.catalog().load(name);
        List<Revision> revisions = graph.states().revisions(name);
        ServiceState state = graph.states().load(name);
        if (json) {
            List<Revision> shown = revisions.stream().map(r -> r.withConfig(Secrets.masked(r.config()))).toList();
            out().println(JsonFiles.MAPPER.writeValueAsString(Map.of("service", name, "revisions", shown,
                    "serving", state.current() == null ? 0 : state.current().revision())));
        } else {
            HistoryTable.print(out(), revisions, state);
        }
        out().flush();
    }

    @Command(description = "Start the service (its unit deploys it when nothing runs).")
    void start(@Parameters(paramLabel = "NAME") String name) {
        out().println(AgentGraph.standard().serviceControl().start(name));
    }

    @Command(description = "Stop the service and all its deployments.")
    void stop(@Parameters(paramLabel = "NAME") String name) {
        out().println(AgentGraph.standard().serviceControl().stop(name));
    }

    @Command(description = "Stop, then start the service (with downtime: 'service deploy' has none).")
    void restart(@Parameters(paramLabel = "NAME") String name) {
        ServiceControl control = AgentGraph.standard().serviceControl();
        out().println(control.stop(name));
        out().println(control.start(name));
    }

    @Command(description = "Allow the service to run on this host again, and start it.")
    void enable(@Parameters(paramLabel = "NAME") String name) {
        out().println(AgentGraph.standard().serviceControl().enable(name));
    }

    @Command(description = "Stop the service and keep it stopped across reloads and reboots.")
    void disable(@Parameters(paramLabel = "NAME") String name) {
        out().println(AgentGraph.standard().serviceControl().disable(name));
    }

    private int report(boolean json, ProgressPrinter progress, ServiceState state) throws Exception {
        if (json) {
            out().println(JsonFiles.MAPPER.writeValueAsString(Map.of("steps", progress.steps(), "state", state)));
            out().flush();
        }
        return 0;
    }

    private static DeployOptions options(long timeout, double drain) {
        return new DeployOptions(Duration.ofSeconds(timeout), Duration.ofMillis(Math.round(drain * 1000)),
                Trigger.of("cli"));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

}
