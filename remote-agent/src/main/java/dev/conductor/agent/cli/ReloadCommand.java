package dev.conductor.agent.cli;

import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.service.Reloader;
import dev.conductor.protocol.method.ReloadReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conductor-agent reload}: make the host run what the service files say. */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = {"Start declared services, stop removed or disabled ones, redeploy changed ones.",
                "Broken service files are reported and their services left as they are.",
                "Exit code 3 when a service file is broken, 1 when an action failed."})
final class ReloadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print what was done as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), json);
        ReloadReport report = AgentGraph.standard().reloader(progress).reload();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonFiles.MAPPER.writeValueAsString(report));
        } else {
            print(report, out);
        }
        out.flush();
        if (report.actions().stream().anyMatch(action -> action.action().equals("failed"))) {
            return ErrorHandler.FAILURE;
        }
        return report.errors().isEmpty() ? 0 : ErrorHandler.BAD_SERVICE_FILE;
    }

    private static void print(ReloadReport report, PrintWriter out) {
        report.actions().forEach(a -> out.printf("%-10s %s%s%n", a.action(), a.service(),
                a.detail().isEmpty() ? "" : ": " + a.detail()));
        report.errors().forEach(e -> out.printf("broken     %s: %s%s: %s%n", e.service(), e.file(),
                e.location().isEmpty() ? "" : ":" + e.location(), e.reason()));
        report.warnings().forEach(w -> out.println("warning    " + w));
        if (report.changedNothing()) {
            out.println("nothing to do: every service is as its files declare");
        }
    }
}
