package dev.conductor.agent.function;

import dev.conductor.agent.engine.AgentHost;
import dev.conductor.sandbox.ExecResult;
import java.util.List;
import java.util.Locale;

/** Requests to functions through Caddy on a sandbox host, and the scripts they run. */
final class FunctionClient {

    private final AgentHost agent;
    private final String directory;

    FunctionClient(AgentHost agent, String directory) {
        this.agent = agent;
        this.directory = directory;
    }

    /** "STATUS lower-cased-headers\nbody" of a curl through Caddy; status 000 when nothing came back. */
    String curl(String... args) {
        String[] command = new String[args.length + 6];
        command[0] = "curl";
        command[1] = "-s";
        command[2] = "-m";
        command[3] = "20";
        command[4] = "-i";
        command[5] = "-g";
        System.arraycopy(args, 0, command, 6, args.length);
        ExecResult result = agent.host().exec(command);
        String out = result.stdout().replace("\r", "");
        int blank = out.indexOf("\n\n");
        String head = blank < 0 ? out : out.substring(0, blank);
        String body = blank < 0 ? "" : out.substring(blank + 2);
        String status = head.isEmpty() ? "000" : head.lines().findFirst().orElse("").split(" ")[1];
        return status + " " + head.toLowerCase(Locale.ROOT) + "\n" + body;
    }

    /** The body alone of a request that must answer 200. */
    String body(String url) {
        String out = agent.host().exec("curl", "-s", "-m", "20", "-g", "-w", "\n%{http_code}", url).stdout();
        int last = out.lastIndexOf('\n');
        if (last < 0 || !out.substring(last + 1).equals("200")) {
            throw new AssertionError("expected 200 from " + url + ", got: " + out);
        }
        return out.substring(0, last);
    }

    /** Writes an executable file beside the service file. */
    void script(String name, String text) {
        agent.host().writeFile(directory + name, text);
        agent.host().execOk("chmod", "+x", directory + name);
    }

    /** The header that presents {@code token}. */
    static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    /** The last line of an output, where {@code policy token add} prints the token. */
    static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
