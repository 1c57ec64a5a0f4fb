package dev.conductor.console.session;

import dev.conductor.console.ssh.SshTransportException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaches a host's agent over the resident agent's socket when it can, which spares the host a
 * JVM per session. Falls back to the agent command when the socket cannot be had: sshd does not
 * forward it, no resident agent listens (stopped, or an agent too old to have one), the login
 * may not use it, or the agent does not upgrade. A custom command (sudo, a test build) always
 * runs as it is. Once the agent has upgraded the connection, its failures are the session's.
 */
final class AgentDialer {

    private static final Logger LOG = LoggerFactory.getLogger(AgentDialer.class);

    private AgentDialer() {
    }

    static AgentSession start(AgentHost host, SessionOptions options) {
        if (!SessionOptions.DEFAULT_COMMAND.equals(options.command())) {
            return AgentSession.open(host.command(options.command()), options);
        }
        AgentChannel socket;
        try {
            socket = upgraded(host, options.helloTimeout());
        } catch (SshTransportException | AgentSessionException refused) {
            LOG.debug("running '{}' instead of the agent's socket: {}", options.command(), refused.getMessage());
            return viaCommand(host, options, refused);
        }
        return AgentSession.open(socket, options);
    }

    private static AgentChannel upgraded(AgentHost host, Duration timeout) {
        AgentChannel socket = host.socket(SessionOptions.AGENT_SOCKET);
        try {
            StdioUpgrade.perform(socket, timeout);
            return socket;
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The command's failure is what the console reports; why the socket failed rides along as suppressed. */
    private static AgentSession viaCommand(AgentHost host, SessionOptions options, RuntimeException socketFailure) {
        try {
            return AgentSession.open(host.command(options.command()), options);
        } catch (RuntimeException e) {
            e.addSuppressed(socketFailure);
            throw e;
        }
    }
}
