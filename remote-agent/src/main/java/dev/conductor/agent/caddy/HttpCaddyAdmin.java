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
import java.util.function.Supplier;

/** Caddy's admin API over HTTP, on a unix socket or a loopback address: never anything other machines reach. */
public final class HttpCaddyAdmin implements CaddyAdmin {

    /** Where Caddy listens by default; the agent never points this anywhere but loopback. */
    public static final URI DEFAULT_ADMIN = URI.create("http://localhost:2019");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<AdminEndpoint> endpoints;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * The admin API at a loopback URL.
     *
     * @throws IllegalArgumentException when {@code base} is not on loopback
     */
    public HttpCaddyAdmin(URI base) {
        this(new LoopbackEndpoint(base));
    }

    public HttpCaddyAdmin(AdminEndpoint endpoint) {
        this(() -> endpoint);
    }

    private HttpCaddyAdmin(Supplier<AdminEndpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * The admin API that /etc/caddy/Caddyfile gives Caddy ({@link CaddyfileAdmin}), looked up on each
     * request, so that it follows {@code system install} moving the API to a unix socket.
     */
    public static HttpCaddyAdmin standard() {
        return new HttpCaddyAdmin(() -> CaddyfileAdmin.endpoint(CaddyfileAdmin.STANDARD));
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
        String target = URI.create(path).getRawPath();
        AdminEndpoint endpoint = endpoints.get();
        LoopbackHttp http = new LoopbackHttp(endpoint, TIMEOUT);
        try {
            return json == null ? http.send(method, target, null, new byte[0], etag)
                    : http.send(method, target, "application/json", json.getBytes(StandardCharsets.UTF_8), etag);
        } catch (IOException | RuntimeException e) {
            throw new CaddyException("cannot reach Caddy's admin API at " + endpoint + " (" + method + " " + target
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
}
