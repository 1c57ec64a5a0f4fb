package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.policy.Decision;
import dev.conductor.agent.policy.KeyRule;
import dev.conductor.agent.policy.Policy;
import dev.conductor.agent.policy.PolicyAdmin;
import dev.conductor.agent.policy.PolicyStore;
import dev.conductor.agent.policy.TokenRule;
import dev.conductor.text.TextTable;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy ...}: the policies that guard functions, their tokens and JWT keys. */
@Command(name = "policy", mixinStandardHelpOptions = true, subcommands = {PolicyTokenCommand.class, PolicyKeyCommand.class},
        description = {"Manage policies: rules (static bearer tokens, JWT public keys) that admit requests to the"
                + " functions that name them (\"policies\": [\"ops\"] or [\"ops/deploy\"]).",
                "Policies live in /etc/conductor/policies/NAME/policy.json (also /run/conductor and /usr/share/conductor)."})
final class PolicyCommand {

    private final PolicyStore store;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    PolicyCommand() {
        this(PolicyStore.standard(), Clock.systemUTC());
    }

    PolicyCommand(PolicyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    PolicyAdmin admin() {
        return new PolicyAdmin(store, clock);
    }

    @Command(name = "ls", description = "List policies: their rules, tokens and keys.")
    void list(@Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : store.names()) {
            Policy policy = store.get(name);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("directory", policy.directory().toString());
            row.put("tokens", policy.rules().stream().filter(TokenRule.class::isInstance).count());
            row.put("keys", policy.rules().stream().filter(KeyRule.class::isInstance).count());
            rows.add(row);
        }
        if (json) {
            print(JsonFiles.MAPPER.writeValueAsString(rows));
            return;
        }
        TextTable table = new TextTable(List.of("POLICY", "TOKENS", "KEYS", "DIRECTORY"));
        rows.forEach(row -> table.add(List.of(row.get("name").toString(), row.get("tokens").toString(),
                row.get("keys").toString(), row.get("directory").toString())));
        table.print(out());
    }

    @Command(name = "show", description = "Show a policy's rules (never a token: only its digest is kept).")
    void show(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        List<PolicyRows.Row> rows = PolicyRows.of(store.get(name), clock.instant());
        if (json) {
            print(JsonFiles.MAPPER.writeValueAsString(rows));
            return;
        }
        TextTable table = new TextTable(List.of("RULE", "TYPE", "AUTHORIZATIONS", "STATE", "DETAIL"));
        rows.forEach(row -> table.add(List.of(row.name(), row.type(), String.join(",", row.authorizations()),
                row.state(), row.detail())));
        table.print(out());
    }

    @Command(name = "create", description = "Create an empty policy in /etc/conductor/policies.")
    void create(@Parameters(paramLabel = "NAME") String name) {
        Policy policy = admin().create(name);
        print("created policy " + name + " in " + policy.directory());
    }

    @Command(name = "test", description = {"Print what a policy decides for a credential, and why.",
            "Exit 0 when admitted, 1 when refused."})
    int test(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--token", required = true, paramLabel = "T", description = "A static token or a JWT.")
            String token,
            @Option(names = "--authorization", paramLabel = "A", description = "The authorization needed"
                    + " (default: any rule).") String authorization,
            @Option(names = "--json", description = "Print as JSON.") boolean json) throws Exception {
        Decision decision = admin().test(name, token, authorization);
        if (json) {
            print(JsonFiles.MAPPER.writeValueAsString(decision));
        } else {
            print((decision.admitted() ? "admitted" : "refused") + " (" + decision.status() + "): " + decision.reason());
        }
        return decision.admitted() ? 0 : 1;
    }

    void print(String line) {
        out().println(line);
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
