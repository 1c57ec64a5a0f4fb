package dev.conductor.agent.daemon;

import dev.conductor.socket.ChannelStreams;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The CLI's side of the agent's socket: runs a command line there, or bridges a console session. */
public final class DaemonClient {

    private final Path socket;

    public DaemonClient(Path socket) {
        this.socket = socket;
    }

    /**
     * Runs {@code args} in the resident agent, printing its output as it comes.
     *
     * @return the exit code, or empty when no agent listens (the caller then runs the command itself)
     */
    public Optional<Integer> run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Optional<SocketChannel> connection = AgentSocket.connect(socket);
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connection.get()) {
            byte[] body = CliFrames.request(args).getBytes(StandardCharsets.UTF_8);
            OutputStream request = ChannelStreams.out(channel);
            request.write(("POST /v1/cli HTTP/1.1\r\nHost: conductor-agent\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.write(body);
            request.flush();
            InputStream in = new BufferedInputStream(ChannelStreams.in(channel));
            int status = ResponseHead.read(in);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (status != 200) {
                lines.lines().forEach(err::println);
                return Optional.of(1);
            }
            return Optional.of(frames(lines, out, err));
        }
    }

    /**
     * Carries a console session between {@code in}/{@code out} and the agent until both ends close.
     *
     * @return false when no agent listens
     */
    public boolean bridge(InputStream in, OutputStream out) throws IOException, InterruptedException {
        Optional<SocketChannel> connection = AgentSocket.connect(socket);
        if (connection.isEmpty()) {
            return false;
        }
        try (SocketChannel channel = connection.get()) {
            OutputStream toAgent = ChannelStreams.out(channel);
            toAgent.write(("POST /v1/stdio HTTP/1.1\r\nHost: conductor-agent\r\nConnection: Upgrade\r\nUpgrade: "
                    + StdioRoute.PROTOCOL + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            toAgent.flush();
            InputStream fromAgent = new BufferedInputStream(ChannelStreams.in(channel));
            if (ResponseHead.read(fromAgent) != 101) {
                throw new IOException("the agent refused the console session");
            }
            Thread pump = new Thread(() -> pump(in, toAgent, channel), "stdio-to-agent");
            pump.setDaemon(true);
            pump.start();
            fromAgent.transferTo(out);
            out.flush();
            return true;
        }
    }

    private static int frames(BufferedReader lines, PrintStream out, PrintStream err) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            CliFrames.Frame frame = parse(line);
            if (frame.isExit()) {
                return frame.exit();
            }
            ("err".equals(frame.stream()) ? err : out).print(frame.text());
            out.flush();
            err.flush();
        }
        err.println("error: the resident agent ended the connection before the command finished"
                + " (did it restart? see journalctl -u conductor-agent)");
        return 1;
    }

    private static CliFrames.Frame parse(String line) throws IOException {
        try {
            return CliFrames.parse(line);
        } catch (IllegalArgumentException e) {
            throw new IOException("the resident agent sent no frame: " + e.getMessage(), e);
        }
    }

    private static void pump(InputStream in, OutputStream toAgent, SocketChannel channel) {
        try {
            in.transferTo(toAgent);
            toAgent.flush();
            channel.shutdownOutput();
        } catch (IOException gone) {
            // the agent side closed first; the reader sees that too
        }
    }
}
