package dev.conductor.agent.caddy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A real Caddy process on loopback ports, with a {@code conductor-server} HTTP server and no routes. */
public final class LocalCaddy implements AutoCloseable {

    private final Process process;
    private final int adminPort;
    private final int httpPort;

    private LocalCaddy(Process process, int adminPort, int httpPort) {
        this.process = process;
        this.adminPort = adminPort;
        this.httpPort = httpPort;
    }

    public static LocalCaddy start(Path dir) throws Exception {
        int admin = freePort();
        int http = freePort();
        Path config = dir.resolve("caddy.json");
        Files.writeString(config, """
                {"admin": {"listen": "127.0.0.1:%d"},
                 "apps": {"http": {"servers": {"conductor": {"@id": "conductor-server",
                   "listen": ["127.0.0.1:%d"], "routes": [], "automatic_https": {"disable": true}}}}}}
                """.formatted(admin, http));
        Process process = new ProcessBuilder("caddy", "run", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("caddy.log").toFile())
                .start();
        LocalCaddy caddy = new LocalCaddy(process, admin, http);
        caddy.awaitAdmin(dir);
        return caddy;
    }

    public URI adminUri() {
        return URI.create("http://127.0.0.1:" + adminPort);
    }

    /** GETs a path from Caddy's HTTP server, returning "status body". */
    public String fetch(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private void awaitAdmin(Path dir) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            try {
                new java.net.Socket("127.0.0.1", adminPort).close();
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("Caddy's admin API did not answer on 127.0.0.1:" + adminPort
                + " within 15 s; log: " + Files.readString(dir.resolve("caddy.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
