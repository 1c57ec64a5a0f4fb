package dev.conductor.agent.caddy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Caddy's admin API over HTTP. It only ever talks to a loopback address. */
public final class HttpCaddyAdmin implements CaddyAdmin {

    /** Where Caddy listens by default; the agent never points this anywhere but loopback. */
    public static final URI DEFAULT_ADMIN = URI.create("http://localhost:2019");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public HttpCaddyAdmin(URI base) {
        this.base = requireLoopback(base);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Etagged snapshot() {
        HttpResponse<byte[]> response = send(request("/config/").GET());
        expectOk(response, "GET /config/");
        return new Etagged(parse(response.body()), CaddyEtag.of("/config/", response.body()));
    }

    @Override
    public Optional<JsonNode> get(String path) {
        HttpResponse<byte[]> response = send(request(path).GET());
        if (isMissing(response)) {
            return Optional.empty();
        }
        expectOk(response, "GET " + path);
        return Optional.of(parse(response.body()));
    }

    @Override
    public void post(String path, JsonNode snippet, String etag) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(snippet)));
        if (etag != null) {
            builder.header("If-Match", etag);
        }
        HttpResponse<byte[]> response = send(builder);
        if (response.statusCode() == 412) {
            throw new CaddyConflictException("Caddy's config changed while posting to " + path + "; retry");
        }
        expectOk(response, "POST " + path + " " + write(snippet));
    }

    @Override
    public boolean delete(String path) {
        HttpResponse<byte[]> response = send(request(path).DELETE());
        if (isMissing(response)) {
            return false;
        }
        expectOk(response, "DELETE " + path);
        return true;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CaddyException("cannot reach Caddy's admin API at " + base + " (" + request.method() + " "
                    + request.uri().getPath() + "): " + e + "; is caddy.service running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaddyException("interrupted while calling Caddy at " + request.uri(), e);
        }
    }

    /** Caddy answers 404 for an unknown {@code @id}, and 400 "invalid traversal path" for a missing key. */
    private static boolean isMissing(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return response.statusCode() == 404
                || (response.statusCode() == 400 && body.contains("invalid traversal path"));
    }

    private static void expectOk(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new CaddyException("Caddy refused " + what + ": HTTP " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8).strip());
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? NullNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            throw new CaddyException("Caddy answered with invalid JSON: " + e.getMessage(), e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new CaddyException("cannot serialize snippet: " + e.getMessage(), e);
        }
    }

    private static URI requireLoopback(URI uri) {
        String host = uri.getHost();
        if (!"localhost".equals(host) && !host.startsWith("127.") && !"[::1]".equals(host) && !"::1".equals(host)) {
            throw new IllegalArgumentException("Caddy's admin API must stay on loopback, not '" + uri + "'");
        }
        return uri;
    }
}
