package dev.conductor.agent.function;

import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One function's lines in the journal, under the identifier {@code conductor-fn-FUNCTION_ID},
 * which its http-stdio units carry too: what its cgi scripts print on stderr and what the agent
 * says about its requests (a 502's reason, a timeout). Written on journald's stream socket, as
 * {@code systemd-cat} does; without journald (tests, a container), on the agent's stderr.
 */
public final class FunctionLog implements AutoCloseable {

    static final Path JOURNAL_STREAM = Path.of("/run/systemd/journal/stdout");
    private final String id;
    private final Path journal;
    private OutputStream stream;

    FunctionLog(String id, Path journal) {
        this.id = id;
        this.journal = journal;
    }

    /** The journal identifier of a function's lines: {@code journalctl -t conductor-fn-ID}. */
    public static String identifier(String id) {
        return "conductor-fn-" + id;
    }

    synchronized void line(String text) {
        String line = text.replace('\n', ' ') + "\n";
        try {
            if (stream == null && Files.exists(journal)) {
                stream = open();
            }
            if (stream != null) {
                stream.write(line.getBytes(StandardCharsets.UTF_8));
                stream.flush();
                return;
            }
        } catch (IOException e) {
            close();
        }
        System.err.print("function " + id + ": " + line);
    }

    // identifier, unit id, priority (6: info), level prefix, no syslog, kmsg or console forwarding
    private OutputStream open() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(journal));
        OutputStream out = Channels.newOutputStream(channel);
        out.write((identifier(id) + "\n\n6\n0\n0\n0\n0\n").getBytes(StandardCharsets.UTF_8));
        return out;
    }

    @Override
    public synchronized void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // journald went away; nothing to flush to
            }
            stream = null;
        }
    }
}
