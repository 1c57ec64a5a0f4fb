package dev.conductor.console.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import dev.conductor.socket.ChannelStreams;

/** The resident agent's socket on this machine, without SSH; read and written at once through {@link ChannelStreams}. */
final class LocalAgentChannel implements AgentChannel {

    private final SocketChannel socket;
    private final Path path;

    private LocalAgentChannel(SocketChannel socket, Path path) {
        this.socket = socket;
        this.path = path;
    }

    /** @throws IOException as the operating system refused: no such socket, permission denied, nobody listening */
    static LocalAgentChannel open(Path path) throws IOException {
        return new LocalAgentChannel(SocketChannel.open(UnixDomainSocketAddress.of(path)), path);
    }

    @Override
    public InputStream stdout() {
        return ChannelStreams.in(socket);
    }

    @Override
    public OutputStream stdin() {
        return ChannelStreams.out(socket);
    }

    @Override
    public String stderrTail() {
        return ""; // the resident agent serves the session in its own process
    }

    @Override
    public Exit exit(Duration wait) {
        return Exit.ended("the agent closed the connection");
    }

    @Override
    public String describe() {
        return "agent socket " + path;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }
}
