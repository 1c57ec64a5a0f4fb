package dev.conductor.agent.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The resident agent's unix socket. systemd's {@code conductor-agent.socket} owns it and hands it
 * over on stdin, so that connections made while the agent restarts wait in its backlog instead of
 * failing; without systemd the agent binds it itself, root only.
 */
public final class AgentSocket {

    /** Where the CLI, the units and scripts ({@code curl --unix-socket}) reach the agent. */
    public static final Path STANDARD = Path.of("/run/conductor/agent.sock");

    private AgentSocket() {}

    /** The socket systemd passed on stdin, or a new one bound at {@code path}. */
    public static ServerSocketChannel listen(Path path) {
        try {
            Channel inherited = System.inheritedChannel();
            if (inherited instanceof ServerSocketChannel server) {
                return server;
            }
            return bind(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + path + ": " + e.getMessage(), e);
        }
    }

    private static ServerSocketChannel bind(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        // bound first, then narrowed: the directory is root's, so nobody else can race us to it
        server.bind(UnixDomainSocketAddress.of(path), 256);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        return server;
    }

    /** A connection to the agent at {@code path}, or empty when no agent listens there. */
    public static Optional<SocketChannel> connect(Path path) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SocketChannel.open(UnixDomainSocketAddress.of(path)));
        } catch (IOException e) {
            // refused (stale file) or not allowed (not root): the caller works without the agent
            return Optional.empty();
        }
    }
}
