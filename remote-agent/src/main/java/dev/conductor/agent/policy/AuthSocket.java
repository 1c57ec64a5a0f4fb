package dev.conductor.agent.policy;

import dev.conductor.socket.ChannelStreams;
import dev.conductor.agent.http.DaemonThreads;
import dev.conductor.agent.http.HttpHead;
import dev.conductor.agent.http.SocketAccess;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The resident agent's auth endpoint, where a protected function's route first sends a bodiless
 * GET copy of each request ({@code /auth/FUNCTION_ID}, with the client's headers): 200 with
 * {@code X-Conductor-Subject} and {@code X-Conductor-Policy}, or 401/403 that Caddy passes to the
 * client. Connections are kept alive, as Caddy keeps them.
 */
public final class AuthSocket implements AutoCloseable {

    public static final Path STANDARD = Path.of("/run/conductor/auth.sock");
    static final int MAX_CONNECTIONS = 256;
    private static final String PREFIX = "/auth/";

    private final ServerSocketChannel server;
    private final AuthCheck check;
    private final Semaphore connections = new Semaphore(MAX_CONNECTIONS);
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("auth-request"));

    private AuthSocket(ServerSocketChannel server, AuthCheck check) {
        this.server = server;
        this.check = check;
    }

    /**
     * Binds {@code socket} (replacing a stale one) and serves on a thread of its own.
     *
     * @param needs a served function's policies by its id, empty when no such function is served
     * @param journal where refusals are told, with their reasons
     */
    public static AuthSocket open(Path socket, SocketAccess access, Gate gate,
            Function<String, Optional<List<String>>> needs, Consumer<String> journal) throws IOException {
        Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket), 256);
        access.grant(socket);
        AuthSocket opened = new AuthSocket(server,
                new AuthCheck(gate, needs, new ThrottledJournal(journal, System::nanoTime)));
        DaemonThreads.start(opened::accept, "auth-accept");
        return opened;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                if (!connections.tryAcquire()) {
                    connection.close();
                    continue;
                }
                workers.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(ChannelStreams.in(connection));
            OutputStream out = ChannelStreams.out(connection);
            boolean open = true;
            while (open) {
                open = answer(in, out);
            }
        } catch (IOException gone) {
            // Caddy closed an idle connection
        } finally {
            connections.release();
        }
    }

    /** Answers one request; false when the connection is to close after it. */
    private boolean answer(InputStream in, OutputStream out) throws IOException {
        String head;
        try {
            head = HttpHead.read(in, 16 * 1024);
        } catch (HttpHead.Invalid e) {
            out.write(AuthAnswer.plain(e.status(), e.status() == 431 ? "Request Header Fields Too Large"
                    : "Bad Request", "Connection: close\r\n"));
            return false;
        }
        AuthRequest request = AuthRequest.parse(head);
        if (request == null) {
            out.write(AuthAnswer.plain(400, "Bad Request", "Connection: close\r\n"));
            return false;
        }
        if (!request.path().startsWith(PREFIX)) {
            out.write(AuthAnswer.plain(404, "Not Found", "Connection: close\r\n"));
            return false;
        }
        // a request with a body is not Caddy's bodiless copy: answered, then the connection ends
        boolean close = request.close() || request.hasBody();
        out.write(AuthAnswer.of(check.decide(request.path().substring(PREFIX.length()), request.authorization()),
                close));
        out.flush();
        return !close;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // gone already
        }
        workers.shutdownNow();
    }
}
