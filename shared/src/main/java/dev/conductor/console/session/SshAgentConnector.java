package dev.conductor.console.session;

import dev.conductor.console.link.AgentConnector;
import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.console.ssh.AuthenticationFailedException;
import dev.conductor.console.ssh.HostKeyException;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.console.ssh.SshTransportException;

/**
 * Opens agent links over SSH: one SSH connection per link, closed with it. Failures that a
 * retry cannot fix (host key refused, no key accepted, no agent, another protocol) are not
 * retryable; the cause tells which, e.g. {@link AgentMissingException} to offer an install.
 */
public final class SshAgentConnector implements AgentConnector {

    private final SshTransport transport;
    private final SessionOptions options;

    public SshAgentConnector(SshTransport transport, SessionOptions options) {
        this.transport = transport;
        this.options = options;
    }

    @Override
    public AgentLink connect(String destination) {
        SshConnection connection = login(destination);
        try {
            AgentSession session = AgentSession.start(connection, options);
            session.closed().whenComplete((reason, error) -> connection.close());
            return session;
        } catch (AgentMissingException | ProtocolMismatchException e) {
            connection.close();
            throw new LinkFailedException(e.getMessage(), false, e);
        } catch (RuntimeException e) {
            connection.close();
            throw new LinkFailedException(e.getMessage(), true, e);
        }
    }

    private SshConnection login(String destination) {
        try {
            return transport.connect(destination);
        } catch (HostKeyException | AuthenticationFailedException | IllegalArgumentException e) {
            throw new LinkFailedException(e.getMessage(), false, e);
        } catch (SshTransportException e) {
            throw new LinkFailedException(e.getMessage(), true, e);
        }
    }
}
