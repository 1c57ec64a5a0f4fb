package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.secret.CredsSecretStore;
import dev.conductor.agent.secret.SecretEntry;
import dev.conductor.agent.secret.SecretStore;
import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.text.TextTable;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secret set|ls|rm}: services' secrets, encrypted by systemd-creds, never shown. */
@Command(name = "secret", mixinStandardHelpOptions = true,
        description = {"Manage the secrets services name in \"secrets\": [...]. Values are encrypted with"
                + " systemd-creds in /var/lib/conductor/secrets and reach templates, hooks, commands, functions"
                + " and pods (secretKeyRef to $CONDUCTOR_POD_SECRET) as environment variables.",
                "A value is read from standard input or a prompt, never from the command line, and never printed."})
final class SecretCommand {

    private final SecretStore store;
    private final Function<String, ServiceSpec> services;
    private final InputStream stdin;
    private final Console console;

    @Spec
    private CommandSpec spec;

    SecretCommand() {
        this(new CredsSecretStore(CredsSecretStore.STANDARD, new LocalProcessRunner()),
                name -> AgentGraph.standard().catalog().load(name), System.in, System.console());
    }

    SecretCommand(SecretStore store, Function<String, ServiceSpec> services, InputStream stdin, Console console) {
        this.store = store;
        this.services = services;
        this.stdin = stdin;
        this.console = console;
    }

    @Command(name = "set", description = {"Set a secret from standard input (one trailing newline is dropped),"
            + " or from a prompt on a terminal.", "It takes effect at the service's next deploy or reload."})
    void set(@Parameters(paramLabel = "SERVICE") String service, @Parameters(paramLabel = "KEY") String key)
            throws IOException {
        ServiceSpec declared = services.apply(service);
        store.set(service, key, readValue(service, key));
        print("set secret " + key + " of service " + service);
        if (!declared.secrets().contains(key)) {
            spec.commandLine().getErr().println("note: service '" + service + "' does not list '" + key
                    + "' in \"secrets\", so it reaches nothing until it does");
            spec.commandLine().getErr().flush();
        }
    }

    @Command(name = "ls", description = "List a service's secrets: declared ones and set ones, and when each was set.")
    void list(@Parameters(paramLabel = "SERVICE") String service,
            @Option(names = "--json", description = "Print as JSON.") boolean json) throws IOException {
        List<Map<String, Object>> rows = rows(services.apply(service), store.list(service));
        if (json) {
            print(JsonFiles.MAPPER.writeValueAsString(rows));
            return;
        }
        TextTable table = new TextTable(List.of("KEY", "DECLARED", "SET"));
        rows.forEach(row -> table.add(List.of(row.get("key").toString(), (Boolean) row.get("declared") ? "yes" : "no",
                row.get("set") == null ? "not set" : row.get("set").toString())));
        table.print(out());
        out().flush();
    }

    @Command(name = "rm", description = "Remove a secret; deployments that run keep the value they started with.")
    int remove(@Parameters(paramLabel = "SERVICE") String service, @Parameters(paramLabel = "KEY") String key) {
        if (!store.remove(service, key)) {
            spec.commandLine().getErr().println("error: service '" + service + "' has no secret '" + key + "'");
            spec.commandLine().getErr().flush();
            return 1;
        }
        print("removed secret " + key + " of service " + service);
        return 0;
    }

    private static List<Map<String, Object>> rows(ServiceSpec service, List<SecretEntry> entries) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        service.secrets().forEach(key -> rows.put(key, row(key, true, null)));
        entries.forEach(entry -> rows.put(entry.key(),
                row(entry.key(), service.secrets().contains(entry.key()), entry.set().toString())));
        return new ArrayList<>(rows.values());
    }

    private static Map<String, Object> row(String key, boolean declared, String set) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("declared", declared);
        row.put("set", set);
        return row;
    }

    private String readValue(String service, String key) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("Value of secret %s of service %s: ", key, service);
            return typed == null ? "" : new String(typed);
        }
        String value = new String(stdin.readNBytes(64 * 1024 + 2), StandardCharsets.UTF_8);
        return value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    }

    private void print(String line) {
        out().println(line);
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
