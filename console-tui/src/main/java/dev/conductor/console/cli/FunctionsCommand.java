package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.FunctionRow;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.text.TextTable;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code functions}: every function of every host, with what serving it did. */
@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "List the functions of every --host: mode, state, running and warm processes, requests,"
                + " errors, p95 latency.")
final class FunctionsCommand extends RemoteCommand implements Runnable {

    record HostFunctionRow(String host, FunctionRow function) {}

    @Override
    public void run() {
        List<HostFunctionRow> rows = new ArrayList<>();
        try (Consoles consoles = consoles()) {
            consoles.connectAll().forEach((host, link) -> {
                if (!(link instanceof AgentLink agent)) {
                    throw new RemoteFailure(host + ": " + link, 1);
                }
                try (agent) {
                    if (agent.hello().can(Hello.FUNCTIONS)) {
                        await(agent.call(MethodNames.FUNCTIONS_LIST, NoParams.NONE)).functions()
                                .forEach(row -> rows.add(new HostFunctionRow(host, row)));
                    } else {
                        err().println("note: the agent on " + host + " is too old to list functions");
                    }
                }
            });
        }
        if (main.json) {
            printJson(rows);
            return;
        }
        TextTable table = new TextTable(List.of("HOST", "FUNCTION", "SERVICE", "MODE", "STATE", "RUNNING", "WARM",
                "REQUESTS", "ERRORS", "P95 MS"));
        for (HostFunctionRow row : rows) {
            FunctionRow f = row.function();
            table.add(List.of(row.host(), f.id(), f.service(), f.format() + " " + f.mode(), f.state(),
                    String.valueOf(f.running()), String.valueOf(f.warm()), String.valueOf(f.requests()),
                    String.valueOf(f.errors()), String.valueOf(f.p95Millis())));
        }
        table.print(out());
    }
}
