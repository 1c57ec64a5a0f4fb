package dev.conductor.console.session;

import dev.conductor.console.ssh.SshConnection;

/** The two ways to reach a host's agent: the resident agent's unix socket, or a command serving the protocol on stdio. */
interface AgentHost {

    /** A connection to the socket at {@code path}, as it is: not yet upgraded to a session. */
    AgentChannel socket(String path);

    /** {@code command} started, its stdio the channel. */
    AgentChannel command(String command);

    static AgentHost over(SshConnection connection) {
        return new AgentHost() {
            @Override
            public AgentChannel socket(String path) {
                return SshAgentChannel.socket(connection.connectSocket(path));
            }

            @Override
            public AgentChannel command(String command) {
                return SshAgentChannel.command(connection.start(command));
            }
        };
    }
}
