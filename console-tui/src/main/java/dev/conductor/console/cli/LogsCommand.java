package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.console.view.StreamText;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.LogLine;
import dev.conductor.protocol.method.LogsParams;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoResult;
import dev.conductor.protocol.method.Payloads;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logs SERVICE}: the journal of a service or deployment on one host; {@code -f} follows. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Print the journal of a service (or with -d a deployment, with -F a function) on the --host;"
                + " -f keeps following.")
final class LogsCommand extends RemoteCommand implements Runnable {

    /** Without -f, the backlog counts as complete once no line came for this long... */
    private static final long QUIET_MILLIS = 1500;
    /** ...or, when the journal has nothing, once none came this long after the request. */
    private static final long FIRST_LINE_MILLIS = 5000;

    @Parameters(paramLabel = "NAME", description = "The service (or deployment with -d, function with -F).")
    String name;

    @Option(names = {"-d", "--deployment"}, description = "NAME is a deployment.")
    boolean deployment;

    @Option(names = {"-F", "--function"}, description = "NAME is a function: SERVICE or SERVICE-NAME.")
    boolean function;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until interrupted.")
    boolean follow;

    @Option(names = {"-n", "--lines"}, defaultValue = "100", description = "Lines of backlog (default ${DEFAULT-VALUE}).")
    int lines;

    @Override
    public void run() {
        LogsParams params = function ? LogsParams.ofFunction(name, lines)
                : deployment ? LogsParams.ofDeployment(name, lines) : LogsParams.ofService(name, lines);
        AtomicLong last = new AtomicLong();
        try (Consoles consoles = consoles(); AgentLink link = consoles.connect(consoles.singleHost())) {
            long requested = System.currentTimeMillis();
            AgentLink.Stream<NoResult> stream = link.stream(MethodNames.LOGS_FOLLOW, params, event -> {
                if (EventNames.LINE.equals(event.event())) {
                    last.set(System.currentTimeMillis());
                    print(Payloads.read(event.data(), LogLine.class));
                }
            });
            if (follow) {
                await(stream.result());
                return;
            }
            while (!stream.result().isDone() && (last.get() == 0
                    ? System.currentTimeMillis() - requested < FIRST_LINE_MILLIS
                    : System.currentTimeMillis() - last.get() < QUIET_MILLIS)) {
                Thread.sleep(100);
            }
            stream.cancel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void print(LogLine line) {
        if (main.json) {
            printJsonLine(line);
        } else {
            out().println(StreamText.logLine(line));
            out().flush();
        }
    }
}
