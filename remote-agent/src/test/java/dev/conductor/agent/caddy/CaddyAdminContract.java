package dev.conductor.agent.caddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link CaddyAdmin} adapter must do against a real Caddy: each subclass starts one
 * ({@link LocalCaddy}) with the admin API where its adapter talks to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaddyAdminContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private LocalCaddy caddy;
    private CaddyAdmin admin;

    /** Caddy, started in {@code dir}. */
    abstract LocalCaddy startCaddy(Path dir) throws Exception;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        caddy = startCaddy(dir);
        admin = new HttpCaddyAdmin(caddy.adminEndpoint());
    }

    @AfterAll
    void stop() {
        caddy.close();
    }

    @Test
    void postedRouteServesAndDeleteRemovesIt() throws Exception {
        admin.post("/id/conductor-server/routes", route("it-serve", "hello"), admin.snapshot().etag());
        assertThat(caddy.fetch("/it-serve")).isEqualTo("200 hello");

        assertThat(admin.delete("/id/it-serve")).isTrue();
        assertThat(caddy.fetch("/it-serve")).startsWith("200 ").doesNotContain("hello");
        assertThat(admin.delete("/id/it-serve")).as("second delete finds nothing").isFalse();
    }

    @Test
    void staleEtagIsAConflictAndChangesNothing() throws Exception {
        String stale = admin.snapshot().etag();
        admin.post("/id/conductor-server/routes", route("it-first", "first"), stale);
        assertThatThrownBy(() -> admin.post("/id/conductor-server/routes", route("it-second", "second"), stale))
                .isInstanceOf(CaddyConflictException.class);
        assertThat(admin.get("/id/it-second")).isEmpty();
        admin.delete("/id/it-first");
    }

    @Test
    void computedEtagMatchesCaddysOwn() throws Exception {
        CaddyAdmin.Etagged snapshot = admin.snapshot();
        assertThat(snapshot.etag()).matches("\"/config/ [0-9a-f]{8}\"");
        admin.post("/id/conductor-server/routes", route("it-etag", "x"), snapshot.etag());
        assertThat(admin.snapshot().etag()).isNotEqualTo(snapshot.etag());
        admin.delete("/id/it-etag");
    }

    @Test
    void refusedSnippetQuotesCaddysError() throws Exception {
        JsonNode bad = JSON.readTree("{\"@id\": \"it-bad\", \"handle\": [{\"handler\": \"no_such_handler\"}]}");
        assertThatThrownBy(() -> admin.post("/id/conductor-server/routes", bad, null))
                .isInstanceOf(CaddyException.class)
                .hasMessageContaining("Caddy refused POST /id/conductor-server/routes")
                .hasMessageContaining("no_such_handler");
        assertThat(admin.get("/id/it-bad")).isEmpty();
    }

    @Test
    void missingPathsReadAsEmpty() {
        assertThat(admin.get("/id/no-such-id")).isEmpty();
        assertThat(admin.get("/config/apps/nothing/here")).isEmpty();
        assertThat(admin.get("/id/conductor-server")).get()
                .extracting(node -> node.get("@id").asText()).isEqualTo("conductor-server");
    }

    private static JsonNode route(String id, String body) throws Exception {
        return JSON.readTree("""
                {"@id": "%s", "match": [{"path": ["/%s"]}],
                 "handle": [{"handler": "static_response", "body": "%s"}]}
                """.formatted(id, id, body));
    }
}
