package dev.conductor.agent.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.caddy.LocalCaddy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registrar against a real Caddy on loopback. Each test uses its own {@code @id}s. */
class ProxyRegistrarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalCaddy caddy;
    private static HttpCaddyAdmin admin;
    private static ProxyRegistrar registrar;

    @BeforeAll
    static void startCaddy(@TempDir Path dir) throws Exception {
        caddy = LocalCaddy.start(dir);
        admin = new HttpCaddyAdmin(caddy.adminUri());
        registrar = new ProxyRegistrar(admin);
    }

    @AfterAll
    static void stopCaddy() throws Exception {
        caddy.close();
    }

    @Test
    void registeredRouteServesUntilDeregistered() throws Exception {
        List<String> owned = registrar.register(List.of(route("web-r1", "hello")), Set.of());

        assertThat(owned).containsExactly("web-r1");
        assertThat(caddy.fetch("/web-r1")).isEqualTo("200 hello");
        registrar.deregister(owned);
        assertThat(caddy.fetch("/web-r1")).doesNotContain("hello");
        assertThat(admin.get("/id/web-r1")).isEmpty();
    }

    @Test
    void anAtIdOfAnotherOwnerIsRefusedBeforeAnythingChanges() throws Exception {
        admin.post("/id/conductor-server/routes", route("other-route", "theirs").config(), null);
        JsonNode before = admin.snapshot().config();

        assertThatThrownBy(() -> registrar.register(
                List.of(route("mine-first", "mine"), route("other-route", "mine")), Set.of()))
                .isInstanceOfSatisfying(ProxyConflictException.class,
                        e -> assertThat(e.atId()).isEqualTo("other-route"))
                .hasMessageContaining("'@id' 'other-route' of snippet 'conductor-server/routes' already exists");

        assertThat(admin.snapshot().config()).isEqualTo(before);
        assertThat(caddy.fetch("/other-route")).isEqualTo("200 theirs");
    }

    @Test
    void reRegisteringOwnedIdsReplacesThem() throws Exception {
        List<String> owned = registrar.register(List.of(route("web-r2", "v1")), Set.of());
        List<String> again = registrar.register(List.of(route("web-r2", "v2")), Set.copyOf(owned));

        assertThat(again).containsExactly("web-r2");
        assertThat(caddy.fetch("/web-r2")).isEqualTo("200 v2");
        assertThat(admin.snapshot().config().toString().split("\"web-r2\"", -1)).hasSize(2);
        registrar.deregister(again);
    }

    @Test
    void aRefusedSnippetRemovesTheOnesPostedBeforeIt() throws Exception {
        JsonNode before = admin.snapshot().config();
        ProxySnippet bad = new ProxySnippet("conductor-server/routes",
                JSON.readTree("{\"@id\": \"web-bad\", \"handle\": [{\"handler\": \"no_such_handler\"}]}"), false);

        assertThatThrownBy(() -> registrar.register(
                List.of(route("web-ok1", "a"), route("web-ok2", "b"), bad), Set.of()))
                .isInstanceOf(ProxyException.class)
                .hasMessageStartingWith("Caddy refused snippet 'conductor-server/routes' ('@id' 'web-bad'): ")
                .hasMessageContaining("no_such_handler")
                .hasMessageEndingWith("removed the 2 snippet(s) registered before it: [web-ok1, web-ok2]");

        assertThat(admin.snapshot().config()).isEqualTo(before);
        assertThat(caddy.fetch("/web-ok1")).doesNotContain("a");
    }

    @Test
    void registerOnlySnippetsStayAfterDeregisterAndAreNotPostedTwice() throws Exception {
        ProxySnippet forever = new ProxySnippet("conductor-server/routes", route("web-domain", "kept").config(), true);
        List<String> owned = registrar.register(List.of(route("web-r4", "x"), forever), Set.of());

        assertThat(owned).containsExactly("web-r4");
        registrar.deregister(owned);
        assertThat(caddy.fetch("/web-domain")).isEqualTo("200 kept");

        assertThat(registrar.register(List.of(forever), Set.of())).isEmpty();
        assertThat(admin.snapshot().config().toString().split("\"web-domain\"", -1)).hasSize(2);
        admin.delete("/id/web-domain");
    }

    @Test
    void aRegisterOnlySnippetWithoutAtIdIsPostedOnce() throws Exception {
        JsonNode config = JSON.readTree("{\"match\": [{\"path\": [\"/no-id-kept\"]}],"
                + " \"handle\": [{\"handler\": \"static_response\", \"body\": \"kept\"}]}");
        ProxySnippet forever = new ProxySnippet("conductor-server/routes", config, true);

        registrar.register(List.of(forever), Set.of());
        registrar.register(List.of(forever), Set.of());
        registrar.register(List.of(route("web-r5", "x"), forever), Set.of());

        assertThat(caddy.fetch("/no-id-kept")).isEqualTo("200 kept");
        assertThat(admin.snapshot().config().toString().split("/no-id-kept", -1)).hasSize(2);
        registrar.deregister(List.of("web-r5"));
    }

    @Test
    void deregisteringMissingIdsIsFine() {
        registrar.deregister(List.of("never-registered", "web-r99"));
    }

    @Test
    void oneFailedRemovalDoesNotKeepTheOthers() throws Exception {
        List<String> owned = registrar.register(List.of(route("web-r5", "x")), Set.of());

        assertThatThrownBy(() -> registrar.deregister(List.of("conductor-server/routes", owned.get(0))))
                .isInstanceOf(ProxyException.class)
                .hasMessageStartingWith(
                        "could not remove 1 of 2 proxy snippet(s) from Caddy: 'conductor-server/routes':");
        assertThat(admin.get("/id/web-r5")).isEmpty();
        assertThat(admin.get("/id/conductor-server")).isPresent();
    }

    private static ProxySnippet route(String atId, String body) throws Exception {
        return new ProxySnippet("conductor-server/routes", JSON.readTree("""
                {"@id": "%s", "match": [{"path": ["/%s"]}],
                 "handle": [{"handler": "static_response", "body": "%s"}]}
                """.formatted(atId, atId, body)), false);
    }
}
