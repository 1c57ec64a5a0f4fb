package dev.conductor.gui.host;

import dev.conductor.console.ssh.CommandResult;
import dev.conductor.console.ssh.SshConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a host for its agent's version over SSH: {@code conductor-agent --version} prints
 * {@code conductor-agent 0.1.0}. A shell that cannot find it, or an agent that prints nothing
 * readable, counts as no agent, so that the wizard offers the install.
 */
final class AgentProbe {

    static final String COMMAND = "conductor-agent --version";
    /** The agent starts a JVM to answer. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION = Pattern.compile("conductor-agent (\\S+)");

    private AgentProbe() {
    }

    /** @throws dev.conductor.console.ssh.SshTransportException if the command cannot run or hangs */
    static Optional<String> version(SshConnection host) {
        CommandResult result = host.run(COMMAND, TIMEOUT);
        return result.succeeded() ? parse(result.stdout()) : Optional.empty();
    }

    static Optional<String> parse(String output) {
        Matcher matcher = VERSION.matcher(output);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
