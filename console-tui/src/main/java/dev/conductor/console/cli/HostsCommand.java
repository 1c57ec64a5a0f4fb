package dev.conductor.console.cli;

import dev.conductor.console.bootstrap.VersionCheck;
import dev.conductor.console.link.AgentLink;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.text.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code hosts}: connect to every host and show whether its agent answers. */
@Command(name = "hosts", mixinStandardHelpOptions = true,
        description = "Connect to each --host in parallel: connection, agent version, service count.")
final class HostsCommand extends RemoteCommand implements Runnable {

    @Override
    public void run() {
        try (Consoles consoles = consoles()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            consoles.connectAll().forEach((host, link) -> rows.add(row(host, link)));
            if (main.json) {
                printJson(rows);
                return;
            }
            TextTable table = new TextTable(List.of("HOST", "STATE", "AGENT", "SERVICES", "DETAIL"));
            rows.forEach(row -> table.add(List.of(String.valueOf(row.get("host")), String.valueOf(row.get("state")),
                    String.valueOf(row.get("agent_version")), String.valueOf(row.get("services")),
                    String.valueOf(row.get("detail")))));
            table.print(out());
        }
    }

    /** What the listing says of an agent older than this console. */
    static String updateHint(String consoleVersion) {
        return "agent older than this console (" + consoleVersion + "): update-agent --jar conductor-agent.jar";
    }

    private static Map<String, Object> row(String host, Object link) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("host", host);
        if (link instanceof AgentLink agent) {
            try (agent) {
                row.put("state", "connected");
                String version = agent.hello().agentVersion();
                boolean older = VersionCheck.of(version, ConsoleVersion.current()).offersInstall();
                row.put("agent_version", version);
                row.put("agent_older", older);
                row.put("services", await(agent.call(MethodNames.SERVICES_LIST, NoParams.NONE)).services().size());
                row.put("detail", agent.hello().hostname() + (older ? "; " + updateHint(ConsoleVersion.current()) : ""));
            }
        } else {
            row.put("state", "failed");
            row.put("agent_version", "");
            row.put("agent_older", false);
            row.put("services", "");
            row.put("detail", link);
        }
        return row;
    }
}
