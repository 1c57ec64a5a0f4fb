package dev.conductor.agent.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a child's environment: a few variables of the agent's own environment (PATH, HOME, LANG,
 * ...) plus the context's variables, which win. Nothing else of the agent's environment reaches
 * the child, and values travel as variables, never spliced into a shell string.
 */
public final class ProcessEnvironment {

    static final String FALLBACK_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static final List<String> PIPED = List.of("PATH", "HOME", "LANG", "LC_ALL", "USER", "LOGNAME", "TZ");
    // TERM matters only on the user's terminal, where the child may draw.
    private static final List<String> TERMINAL = List.of("PATH", "HOME", "LANG", "LC_ALL", "USER", "LOGNAME", "TZ",
            "TERM");

    private final UnaryOperator<String> agent;
    private final List<String> inherited;

    ProcessEnvironment(UnaryOperator<String> agent, boolean terminal) {
        this.agent = agent;
        this.inherited = terminal ? TERMINAL : PIPED;
    }

    /** For a child whose output the agent reads. */
    public static ProcessEnvironment piped() {
        return new ProcessEnvironment(System::getenv, false);
    }

    /** For a child that shares the agent's terminal, so that it also gets TERM. */
    public static ProcessEnvironment terminal() {
        return new ProcessEnvironment(System::getenv, true);
    }

    /** The child's whole environment, given the context's {@code variables}. */
    public Map<String, String> build(Map<String, String> variables) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : inherited) {
            String value = agent.apply(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.putIfAbsent("PATH", FALLBACK_PATH);
        env.putAll(variables);
        return env;
    }

    /** A builder with the spec's command, directory and environment; the caller sets up the streams. */
    public ProcessBuilder builder(ProcessSpec spec) {
        ProcessBuilder builder = new ProcessBuilder(spec.command());
        if (spec.workingDirectory() != null) {
            builder.directory(spec.workingDirectory().toFile());
        }
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(build(spec.environment()));
        return builder;
    }
}
