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

/**
 * A real Caddy process with a {@code conductor-server} HTTP server on a loopback port and no routes,
 * its admin API on another loopback port or on a unix socket (with Caddy's default Host checks).
 */
public final class LocalCaddy implements AutoCloseable {

    private final Process process;
    private final AdminEndpoint admin;
    private final int httpPort;

    private LocalCaddy(Process process, AdminEndpoint admin, int httpPort) {
        this.process = process;
        this.admin = admin;
        this.httpPort = httpPort;
    }

    public static LocalCaddy start(Path dir) throws Exception {
        return start(dir, "127.0.0.1:" + freePort());
    }

    /** With the admin API on {@code dir/admin.sock}. */
    public static LocalCaddy startOnSocket(Path dir) throws Exception {
        return start(dir, "unix/" + dir.resolve("admin.sock"));
    }

    private static LocalCaddy start(Path dir, String adminListen) throws Exception {
        int http = freePort();
        Path config = dir.resolve("caddy.json");
        Files.writeString(config, """
                {"admin": {"listen": "%s"},
                 "apps": {"http": {"servers": {"conductor": {"@id": "conductor-server",
                   "listen": ["127.0.0.1:%d"], "routes": [], "automatic_https": {"disable": true}}}}}}
                """.formatted(adminListen, http));
        Process process = new ProcessBuilder("caddy", "run", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("caddy.log").toFile())
                .start();
        LocalCaddy caddy = new LocalCaddy(process, AdminEndpoint.parse(adminListen), http);
        caddy.awaitAdmin(dir);
        return caddy;
    }

    /** The admin API's URL; only for Caddy on a loopback port. */
    public URI adminUri() {
        return URI.create(admin.toString());
    }

    public AdminEndpoint adminEndpoint() {
        return admin;
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
                admin.open(Duration.ofSeconds(1)).close();
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("Caddy's admin API did not answer on " + admin
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
