package dev.conductor.agent.function;

import dev.conductor.socket.ChannelStreams;
import dev.conductor.spec.ServiceFunction;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cgi function's scripts forked by a small Perl server (cgi-fork-server.pl) that the agent
 * starts ahead of requests: a fork of it costs a fraction of a JVM spawn, which was the price of
 * each request. The server runs in the function's scope when it has {@code service_directives}
 * (so its scripts are accounted and limited together, like a unit's processes), drops to its
 * {@code User=}/{@code Group=}, ends when the agent does, and is started again when it is gone.
 */
final class CgiForkServer implements CgiProcess.Starter {

    static final Path PERL = Path.of("/usr/bin/perl");
    private static final String PROGRAM = program();
    private final ServiceFunction function;
    private final Path directory;
    private final Path socket;
    private final Map<String, String> baseEnvironment;
    private final FunctionLog log;
    private Process server;

    CgiForkServer(ServiceFunction function, Path directory, Path socket, Map<String, String> baseEnvironment,
            FunctionLog log) {
        this.function = function;
        this.directory = directory;
        this.socket = socket;
        this.baseEnvironment = Map.copyOf(baseEnvironment);
        this.log = log;
    }

    /** Perl is in every Debian ({@code perl-base} is essential); elsewhere the JDK spawns. */
    static boolean available() {
        return Files.isExecutable(PERL);
    }

    @Override
    public CgiProcess start(Map<String, String> environment) throws IOException {
        SocketChannel channel = connect();
        try {
            InputStream in = new BufferedInputStream(ChannelStreams.in(channel), 16 * 1024);
            // the handle keeps the start time, so that a kill never reaches a later process with the pid
            ProcessHandle script = ProcessHandle.of(Long.parseLong(pidLine(in))).orElse(null);
            ChannelStreams.out(channel).write(environmentBlock(environment));
            return new ForkedScript(channel, in, script);
        } catch (IOException | NumberFormatException e) {
            channel.close();
            throw new IOException("the fork server of " + function.exec().get(0) + " did not start the script: "
                    + e.getMessage(), e);
        }
    }

    private synchronized SocketChannel connect() throws IOException {
        if (server == null || !server.isAlive()) {
            launch();
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private void launch() throws IOException {
        Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        ProcessBuilder builder = new ProcessBuilder(command()).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(baseEnvironment);
        server = builder.start();
        CgiRunner.copyLines(server.getErrorStream(), log);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Files.exists(socket) && server.isAlive() && System.nanoTime() < deadline) {
            pause();
        }
        if (!Files.exists(socket)) {
            server.destroyForcibly();
            throw new IOException("its fork server did not start (see function logs)");
        }
    }

    List<String> command() {
        List<String> command = new ArrayList<>(FunctionScope.scope(function));
        command.addAll(List.of(PERL.toString(), "-e", PROGRAM, socket.toString(), FunctionScope.user(function),
                FunctionScope.group(function),
                function.stderrAsStdout() ? "1" : "0", "--"));
        command.addAll(function.exec());
        return command;
    }

    static byte[] environmentBlock(Map<String, String> environment) {
        ByteArrayOutputStream pairs = new ByteArrayOutputStream();
        environment.forEach((name, value) -> pairs.writeBytes((name + "=" + value + "\0")
                .getBytes(StandardCharsets.UTF_8)));
        byte[] head = (pairs.size() + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(head);
        block.writeBytes(pairs.toByteArray());
        return block.toByteArray();
    }

    private static String pidLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.length() > 20) {
                throw new IOException("no pid from the forked child");
            }
            line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            // through its handle: Process.destroy would close the stderr pipe with lines still in it
            server.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            server.toHandle().destroyForcibly();
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log.line("cannot remove " + socket + ": " + e.getMessage());
        }
    }

    private static String program() {
        try (InputStream in = CgiForkServer.class.getResourceAsStream("cgi-fork-server.pl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cgi-fork-server.pl is part of the jar", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
