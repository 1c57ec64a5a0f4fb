package dev.conductor.agent.caddy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Port to Caddy's admin API. Paths are those of the API, for example {@code /config/} or {@code /id/x}. */
public interface CaddyAdmin {

    /** Reads the whole config with its Etag, so that a later write can check nothing changed. */
    Etagged snapshot();

    /** Reads one path; empty when the path or {@code @id} does not exist. */
    Optional<JsonNode> get(String path);

    /**
     * POSTs a snippet to {@code path} (appending to an array, or setting an object), but only
     * if the whole config still has {@code etag}; pass {@code null} to write unconditionally.
     *
     * @throws CaddyConflictException when the config changed since {@code etag} was read
     * @throws CaddyException when Caddy refuses the snippet
     */
    void post(String path, JsonNode snippet, String etag);

    /** Deletes what {@code path} names; returns false when it did not exist. */
    boolean delete(String path);

    /** The whole config and the Etag that Caddy gives it, usable in {@code If-Match}. */
    record Etagged(JsonNode config, String etag) {}
}
