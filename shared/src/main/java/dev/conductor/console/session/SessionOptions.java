package dev.conductor.console.session;

import java.time.Duration;

/**
 * How a console opens an agent session.
 *
 * @param command the remote command line that serves the protocol on stdio
 * @param consoleVersion sent in the console's hello
 * @param helloTimeout how long the agent may take to say hello (it starts a JVM)
 */
public record SessionOptions(String command, String consoleVersion, Duration helloTimeout) {

    public static final String DEFAULT_COMMAND = "conductor-agent serve --stdio";

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
