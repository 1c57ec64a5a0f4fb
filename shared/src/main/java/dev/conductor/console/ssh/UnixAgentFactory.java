package dev.conductor.console.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKey;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;

/**
 * Offers the keys of the user's ssh-agent during authentication: the socket named by
 * {@code SSH_AUTH_SOCK}, or by ~/.ssh/config's {@code IdentityAgent} ({@code none} turns it
 * off). An agent that cannot be reached is left out, so that key files still work.
 * No agent forwarding.
 */
final class UnixAgentFactory implements SshAgentFactory {

    private final Path home;
    private final String defaultSocket;

    /** @param defaultSocket the value of {@code SSH_AUTH_SOCK}, or null */
    UnixAgentFactory(Path home, String defaultSocket) {
        this.home = home;
        this.defaultSocket = defaultSocket;
    }

    @Override
    public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
        return List.of();
    }

    @Override
    public SshAgent createClient(Session session, FactoryManager manager) {
        String socket = socketFor(session == null ? null : session.getAttribute(UserAuthPublicKey.IDENTITY_AGENT));
        if (socket == null) {
            return null;
        }
        try {
            return new UnixSocketAgent(Path.of(socket));
        } catch (IOException | RuntimeException e) {
            return null; // the agent went away: authenticate with key files alone
        }
    }

    @Override
    public SshAgentServer createServer(ConnectionService service) {
        throw new UnsupportedOperationException("ssh-agent forwarding is not supported");
    }

    private String socketFor(String identityAgent) {
        if (identityAgent == null || identityAgent.isBlank() || identityAgent.equals("SSH_AUTH_SOCK")) {
            return defaultSocket == null || defaultSocket.isBlank() ? null : defaultSocket;
        }
        if (identityAgent.equalsIgnoreCase("none")) {
            return null;
        }
        return identityAgent.startsWith("~/") ? home.resolve(identityAgent.substring(2)).toString() : identityAgent;
    }
}
