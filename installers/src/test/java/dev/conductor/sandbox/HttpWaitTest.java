package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loopback only: a local HTTP server and a closed local port. */
class HttpWaitTest {

    @Test
    void returnsTheFirstAnswerWithTheExpectedStatus() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean ready = calls.incrementAndGet() >= 3;
            byte[] body = (ready ? "ready" : "starting").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            HttpWait.Answer answer = HttpWait.forUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/")
                    .withPollInterval(Duration.ofMillis(10)).withTimeout(Duration.ofSeconds(10))
                    .untilReadyFromMachine();
            assertThat(answer).isEqualTo(new HttpWait.Answer(200, "ready"));
            assertThat(calls).hasValue(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void timeoutNamesTheUrlTheExpectationAndTheLastAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/health";

        assertThatThrownBy(() -> HttpWait.forUrl(url).forStatus(204).withTimeout(Duration.ofMillis(300))
                .withPollInterval(Duration.ofMillis(50)).untilReadyFromMachine())
                .isInstanceOf(SandboxTimeoutException.class)
                .hasMessageStartingWith("Timed out after 300 ms waiting for URL " + url + " to return HTTP 204"
                        + " (fetched from this machine); last attempt: ConnectException");
    }
}
