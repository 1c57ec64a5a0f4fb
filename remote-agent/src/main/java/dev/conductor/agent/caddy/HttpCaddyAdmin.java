package dev.conductor.agent.caddy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Caddy's admin API over HTTP. It only ever talks to a loopback address. */
public final class HttpCaddyAdmin implements CaddyAdmin {

    /** Where Caddy listens by default; the agent never points this anywhere but loopback. */
    public static final URI DEFAULT_ADMIN = URI.create("http://localhost:2019");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final LoopbackHttp http;
    private final ObjectMapper json = new ObjectMapper();

    public HttpCaddyAdmin(URI base) {
        this.base = requireLoopback(base);
        this.http = new LoopbackHttp(base, TIMEOUT);
    }

    @Override
    public Etagged snapshot() {
        LoopbackHttp.Answer response = send("GET", "/config/", null, null);
        expectOk(response, "GET /config/");
        return new Etagged(parse(response.body()), CaddyEtag.of("/config/", response.body()));
    }

    @Override
    public Optional<JsonNode> get(String path) {
        LoopbackHttp.Answer response = send("GET", path, null, null);
        if (isMissing(response)) {
            return Optional.empty();
        }
        expectOk(response, "GET " + path);
        return Optional.of(parse(response.body()));
    }

    @Override
    public void post(String path, JsonNode snippet, String etag) {
        LoopbackHttp.Answer response = send("POST", path, write(snippet), etag);
        if (response.status() == 412) {
            throw new CaddyConflictException("Caddy's config changed while posting to " + path + "; retry");
        }
        expectOk(response, "POST " + path + " " + write(snippet));
    }

    @Override
    public boolean delete(String path) {
        LoopbackHttp.Answer response = send("DELETE", path, null, null);
        if (isMissing(response)) {
            return false;
        }
        expectOk(response, "DELETE " + path);
        return true;
    }

    private LoopbackHttp.Answer send(String method, String path, String json, String etag) {
        String target = base.resolve(path).getRawPath();
        try {
            return json == null ? http.send(method, target, null, new byte[0], etag)
                    : http.send(method, target, "application/json", json.getBytes(StandardCharsets.UTF_8), etag);
        } catch (IOException | RuntimeException e) {
            throw new CaddyException("cannot reach Caddy's admin API at " + base + " (" + method + " " + target
                    + "): " + e + "; is caddy.service running?", e);
        }
    }

    /** Caddy answers 404 for an unknown {@code @id}, and 400 "invalid traversal path" for a missing key. */
    private static boolean isMissing(LoopbackHttp.Answer response) {
        return response.status() == 404 || (response.status() == 400 && response.text().contains("invalid traversal path"));
    }

    private static void expectOk(LoopbackHttp.Answer response, String what) {
        if (response.status() / 100 != 2) {
            throw new CaddyException("Caddy refused " + what + ": HTTP " + response.status() + " "
                    + response.text().strip());
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
