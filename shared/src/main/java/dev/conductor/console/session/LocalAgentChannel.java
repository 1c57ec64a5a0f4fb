package dev.conductor.console.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The resident agent's socket on this machine, without SSH. Reads and writes go straight to the
 * channel: the streams of {@code java.nio.channels.Channels} share one lock, so a reader blocked
 * waiting for the agent would hold up every request.
 */
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
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return length == 0 ? 0 : socket.read(ByteBuffer.wrap(buffer, offset, length));
            }
        };
    }

    @Override
    public OutputStream stdin() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                ByteBuffer out = ByteBuffer.wrap(buffer, offset, length);
                while (out.hasRemaining()) {
                    socket.write(out);
                }
            }
        };
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
