package dev.conductor.console.session;

import dev.conductor.console.link.AgentConnector;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.LinkFailedException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens links to the resident agent of the machine the console runs on, through its socket and
 * no SSH: for {@code conductor-tui --local} on a server. No socket, or one the user may not use
 * (it is root's), is not retryable and says what to do; an agent that stops answering is.
 */
public final class LocalAgentConnector implements AgentConnector {

    /** The destination under which the local host is shown. */
    public static final String DESTINATION = "local";
    private final Path socket;
    private final SessionOptions options;

    public LocalAgentConnector(Path socket, SessionOptions options) {
        this.socket = socket;
        this.options = options;
    }

    /** The standard socket, {@value SessionOptions#AGENT_SOCKET}. */
    public static LocalAgentConnector standard(SessionOptions options) {
        return new LocalAgentConnector(Path.of(SessionOptions.AGENT_SOCKET), options);
    }

    /**
     * Fails now, before a console takes the screen, when the socket is missing or not the user's to use.
     *
     * @throws LinkFailedException saying what to do
     */
    public void requireUsable() {
        open().close();
    }

    @Override
    public AgentLink connect(String destination) {
        LocalAgentChannel channel = open();
        try {
            StdioUpgrade.perform(channel, options.helloTimeout());
            return AgentSession.open(channel, options);
        } catch (ProtocolMismatchException e) {
            channel.close();
            throw new LinkFailedException(e.getMessage(), false, e);
        } catch (RuntimeException e) {
            channel.close();
            throw new LinkFailedException(e.getMessage(), true, e);
        }
    }

    /** The JDK reports connect's errno only as the message of a plain SocketException. */
    private LocalAgentChannel open() {
        try {
            return LocalAgentChannel.open(socket);
        } catch (AccessDeniedException e) {
            throw denied(e);
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("Permission denied")) {
                throw denied(e);
            }
            if (reason.contains("No such file") && !Files.exists(socket)) {
                throw new LinkFailedException("no resident agent runs on this machine: " + socket + " does not exist"
                        + " (start it with 'systemctl start conductor-agent', or install it with"
                        + " 'java -jar conductor-agent.jar system install')", false, e);
            }
            throw new LinkFailedException("cannot connect to the agent's socket " + socket + ": " + reason
                    + (reason.contains("refused") ? " (is conductor-agent.service running?)" : ""), true, e);
        }
    }

    private LinkFailedException denied(IOException e) {
        return new LinkFailedException("may not use the agent's socket " + socket + ": it is root's;"
                + " run the console as root (sudo conductor-tui --local)", false, e);
    }
}
