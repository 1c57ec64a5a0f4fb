package dev.conductor.agent.caddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixEndpointTest {

    @Test
    void sendsAnEmptyHostAndReadsTheAnswer(@TempDir Path dir) throws Exception {
        try (ServerSocketChannel server = listen(dir.resolve("admin.sock"))) {
            CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> answer(server,
                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
            LoopbackHttp.Answer answer = new LoopbackHttp(new UnixEndpoint(dir.resolve("admin.sock")),
                    Duration.ofSeconds(5)).send("GET", "/config/", null, new byte[0], null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo("{}");
            assertThat(request.get()).startsWith("GET /config/ HTTP/1.1\r\nHost: \r\n");
        }
    }

    @Test
    void aSilentSocketTimesOut(@TempDir Path dir) throws Exception {
        try (ServerSocketChannel server = listen(dir.resolve("admin.sock"))) {
            LoopbackHttp http = new LoopbackHttp(new UnixEndpoint(dir.resolve("admin.sock")), Duration.ofMillis(300));
            long start = System.nanoTime();
            assertThatThrownBy(() -> http.send("GET", "/config/", null, new byte[0], null)).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aMissingSocketIsNamedInTheError(@TempDir Path dir) {
        assertThatThrownBy(() -> new HttpCaddyAdmin(new UnixEndpoint(dir.resolve("none.sock"))).get("/config/"))
                .isInstanceOf(CaddyException.class)
                .hasMessageContaining("cannot reach Caddy's admin API at unix/" + dir.resolve("none.sock"));
    }

    private static ServerSocketChannel listen(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return server;
    }

    // Reads the request head, writes the answer, returns the head.
    private static String answer(ServerSocketChannel server, String answer) {
        try (SocketChannel client = server.accept()) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            String head = "";
            while (!head.contains("\r\n\r\n") && client.read(buffer) > 0) {
                head = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
            }
            client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.ISO_8859_1)));
            return head;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
