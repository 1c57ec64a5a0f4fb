package dev.conductor.agent.context;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a template, hook or command runs with: its variables and its directory. Values are
 * given to the child as environment variables, never spliced into a shell string.
 */
public interface ExecutionContext {

    /** The variables for the child process, in a stable, documented order. */
    Map<String, String> environment();

    /** Where the child runs: the service directory or the deployment directory. */
    Path workingDirectory();

    /** Names the context for error messages, for example {@code deployment 'web-r3'}. */
    String describe();
}
