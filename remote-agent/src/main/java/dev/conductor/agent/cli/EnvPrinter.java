package dev.conductor.agent.cli;

import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.spec.Secrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/** Prints a context's variables as {@code KEY=value} lines or a JSON object, secrets masked unless asked. */
final class EnvPrinter {

    private EnvPrinter() {}

    static void print(PrintWriter out, Map<String, String> environment, boolean showSecrets, boolean json)
            throws IOException {
        Map<String, String> shown = showSecrets ? environment : Secrets.masked(environment);
        if (json) {
            out.println(JsonFiles.MAPPER.writeValueAsString(shown));
        } else {
            shown.forEach((key, value) -> out.println(key + "=" + value));
        }
        out.flush();
    }
}
