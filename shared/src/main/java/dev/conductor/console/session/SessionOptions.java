package dev.conductor.console.session;

import java.time.Duration;

/**
 * How a console opens an agent session.
 *
 * @param command the remote command line that serves the protocol on stdio; for the default one,
 *     the console first tries the resident agent's socket, which starts no process
 * @param consoleVersion sent in the console's hello
 * @param helloTimeout how long the agent may take to say hello (a command starts a JVM), and the
 *     resident agent to answer on its socket
 */
public record SessionOptions(String command, String consoleVersion, Duration helloTimeout) {

    public static final String DEFAULT_COMMAND = "conductor-agent serve --stdio";
    /** The resident agent's socket (the agent's AgentSocket.STANDARD), used instead of the default command. */
    public static final String AGENT_SOCKET = "/run/conductor/agent.sock";

    public static SessionOptions defaults(String consoleVersion) {
        return new SessionOptions(DEFAULT_COMMAND, consoleVersion, Duration.ofSeconds(20));
    }

    public SessionOptions withCommand(String newCommand) {
        return new SessionOptions(newCommand, consoleVersion, helloTimeout);
    }

    public SessionOptions withHelloTimeout(Duration timeout) {
        return new SessionOptions(command, consoleVersion, timeout);
    }
}
