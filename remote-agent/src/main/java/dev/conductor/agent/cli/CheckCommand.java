package dev.conductor.agent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.conductor.agent.function.PolicyReferences;
import dev.conductor.agent.policy.PolicyStore;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.LoadResult;
import dev.conductor.spec.load.LoadWarning;
import dev.conductor.spec.load.ServiceFailure;
import dev.conductor.spec.load.ServiceFileLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Loads every service file and reports what is broken, without touching systemd, Podman or Caddy. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Load and validate every service file; report errors with file, location and reason.",
                "Warns of functions and remote actions whose policies are missing or grant nothing they ask for.",
                "Exit code 1 when a service cannot be loaded."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Service directory root, in order of precedence (repeatable). Default: ${DEFAULT-VALUE}")
    private List<Path> roots = ServiceFileLoader.DEFAULT_ROOTS;

    @Option(names = "--policy-root", paramLabel = "DIR",
            description = "Policy directory root, in order of precedence (repeatable). Default: ${DEFAULT-VALUE}")
    private List<Path> policyRoots = PolicyStore.DEFAULT_ROOTS;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        LoadResult loaded = new ServiceFileLoader().loadAll(roots);
        List<LoadWarning> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(new PolicyReferences(new PolicyStore(policyRoots)).check(loaded.services()));
        LoadResult result = new LoadResult(loaded.services(), loaded.failures(), warnings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(CheckReport.of(result)));
        } else {
            printText(result, out);
        }
        out.flush();
        return result.failures().isEmpty() ? 0 : 1;
    }

    private static void printText(LoadResult result, PrintWriter out) {
        for (ServiceSpec service : result.services()) {
            out.printf("ok      %s  (%s)%n", service.name(), service.directory());
        }
        for (ServiceFailure failure : result.failures()) {
            out.printf("FAILED  %s  %s%n", failure.name(), failure.error().getMessage().replace("\n", "\n        "));
        }
        for (LoadWarning warning : result.warnings()) {
            out.printf("warning %s%n", warning);
        }
        out.printf("%d services: %d ok, %d failed, %d warnings%n",
                result.services().size() + result.failures().size(), result.services().size(),
                result.failures().size(), result.warnings().size());
    }
}
