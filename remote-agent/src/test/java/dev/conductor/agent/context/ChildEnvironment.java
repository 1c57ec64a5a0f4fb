package dev.conductor.agent.context;

import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a real child process sees when started with a context: its variables and directory. */
record ChildEnvironment(Map<String, String> variables, String workingDirectory) {

    static ChildEnvironment of(ExecutionContext context) {
        // env -0 keeps values with newlines or '=' intact; pwd -P would resolve symlinks, pwd does not.
        String out = new LocalProcessRunner().run(new ProcessSpec(List.of("sh", "-c", "pwd; env -0"),
                context.workingDirectory(), context.environment(), Duration.ofSeconds(10), null)).orThrow().stdout();
        int newline = out.indexOf('\n');
        Map<String, String> variables = new LinkedHashMap<>();
        for (String entry : out.substring(newline + 1).split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                variables.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return new ChildEnvironment(variables, out.substring(0, newline));
    }
}
