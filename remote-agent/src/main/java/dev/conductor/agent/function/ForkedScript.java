package dev.conductor.agent.function;

import dev.conductor.socket.ChannelStreams;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;

/**
 * One script forked by the {@link CgiForkServer}: the connection is its stdin and stdout.
 *
 * @param script the forked process, null when it ended before the agent could look
 */
record ForkedScript(SocketChannel channel, InputStream stdout, ProcessHandle script) implements CgiProcess {

    /** Closing it is half a close: the body ends, and the script's stdout stays open. */
    @Override
    public OutputStream stdin() {
        return new FilterOutputStream(ChannelStreams.out(channel)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                if (channel.isOpen()) {
                    channel.shutdownOutput();
                }
            }
        };
    }

    @Override
    public void kill() {
        if (script != null) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
        // a reader waiting on the script's stdout sees its end, as with a JDK process's pipe
        try {
            channel.shutdownInput();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public void end() {
        if (script != null) {
            script.destroyForcibly();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
