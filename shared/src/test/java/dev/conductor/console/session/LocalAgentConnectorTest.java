package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.console.link.AgentLink;
import dev.conductor.console.link.LinkFailedException;
import java.io.IOException;
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

class LocalAgentConnectorTest {

    private static final SessionOptions OPTIONS = SessionOptions.defaults("0.2.0").withHelloTimeout(Duration.ofSeconds(5));
    private static final String HELLO = "{\"type\":\"hello\",\"protocol\":1,\"agent_version\":\"0.1.0\","
            + "\"hostname\":\"web1\",\"capabilities\":[\"services\"]}\n";

    @TempDir
    Path dir;

    @Test
    void noSocketMeansNoResidentAgentAndIsNotRetried() {
        LocalAgentConnector connector = new LocalAgentConnector(dir.resolve("agent.sock"), OPTIONS);

        assertThatThrownBy(connector::requireUsable).isInstanceOf(LinkFailedException.class)
                .hasMessageContaining("no resident agent runs on this machine: " + dir.resolve("agent.sock"))
                .hasMessageContaining("systemctl start conductor-agent")
                .satisfies(e -> assertThat(((LinkFailedException) e).retryable()).isFalse());
    }

    @Test
    void upgradesTheSocketAndShakesHandsWithTheAgent() throws Exception {
        Path socket = dir.resolve("agent.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            CompletableFuture<String> asked = CompletableFuture.supplyAsync(() -> serveOnce(server));

            try (AgentLink link = new LocalAgentConnector(socket, OPTIONS).connect(LocalAgentConnector.DESTINATION)) {
                assertThat(link.hello().hostname()).isEqualTo("web1");
            }
            assertThat(asked.get()).startsWith("POST /v1/stdio HTTP/1.1");
        }
    }

    /** Plays the resident agent: reads the upgrade, switches, says hello, waits for the console's. */
    private static String serveOnce(ServerSocketChannel server) {
        try (SocketChannel client = server.accept()) {
            ByteBuffer in = ByteBuffer.allocate(4096);
            String request = "";
            while (!request.contains("\r\n\r\n")) {
                client.read(in);
                request = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
            }
            client.write(ByteBuffer.wrap(("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n"
                    + "Upgrade: conductor-stdio\r\n\r\n" + HELLO).getBytes(StandardCharsets.UTF_8)));
            client.read(ByteBuffer.allocate(4096)); // the console's hello
            return request;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
