package dev.conductor.agent.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conductor.agent.caddy.CaddyAdmin;
import dev.conductor.agent.caddy.CaddyConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Etag retry rules, which a real Caddy cannot be made to exercise on demand. */
class ProxyRegistrarTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void retriesAfterAnEtagConflict() {
        ConflictingCaddy caddy = new ConflictingCaddy(3, 0);

        assertThat(new ProxyRegistrar(caddy).register(List.of(snippet("a")), Set.of())).containsExactly("a");
        assertThat(caddy.ids()).containsExactly("a");
        assertThat(caddy.etagsUsed).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void givesUpAfterThreeRetriesAndRemovesWhatItPosted() {
        ConflictingCaddy caddy = new ConflictingCaddy(0, 4);

        assertThatThrownBy(() -> new ProxyRegistrar(caddy).register(List.of(snippet("a"), snippet("b")), Set.of()))
                .isInstanceOf(ProxyException.class)
                .hasMessageContaining("snippet 'routes' ('@id' 'b')")
                .hasMessageContaining("changed");
        assertThat(caddy.ids()).isEmpty();
    }

    @Test
    void twoSnippetsWithOneAtIdAreRefused() {
        assertThatThrownBy(() -> new ProxyRegistrar(new ConflictingCaddy(0, 0))
                .register(List.of(snippet("a"), snippet("a")), Set.of()))
                .isInstanceOf(ProxyConfigException.class)
                .hasMessage("two snippets have the '@id' 'a'");
    }

    private static ProxySnippet snippet(String atId) {
        return new ProxySnippet("routes", JSON.createObjectNode().put("@id", atId), false);
    }

    /** Holds posted snippets in one array; answers 412 a set number of times before and after each post. */
    private static final class ConflictingCaddy implements CaddyAdmin {

        private final ArrayNode routes = JSON.createArrayNode();
        private final List<String> etagsUsed = new ArrayList<>();
        private final int conflictsAfterEachPost;
        private int conflictsLeft;
        private int version;

        ConflictingCaddy(int conflictsBeforeFirstPost, int conflictsAfterEachPost) {
            this.conflictsLeft = conflictsBeforeFirstPost;
            this.conflictsAfterEachPost = conflictsAfterEachPost;
        }

        @Override
        public Etagged snapshot() {
            ObjectNode config = JSON.createObjectNode();
            config.set("routes", routes.deepCopy());
            return new Etagged(config, "v" + version++);
        }

        @Override
        public Optional<JsonNode> get(String path) {
            throw new UnsupportedOperationException(path);
        }

        @Override
        public void post(String path, JsonNode snippet, String etag) {
            etagsUsed.add(etag);
            if (conflictsLeft > 0) {
                conflictsLeft--;
                throw new CaddyConflictException("Caddy's config changed while posting to " + path + "; retry");
            }
            routes.add(snippet);
            conflictsLeft = conflictsAfterEachPost;
        }

        @Override
        public boolean delete(String path) {
            String atId = path.substring("/id/".length());
            for (int i = 0; i < routes.size(); i++) {
                if (routes.get(i).path("@id").asText().equals(atId)) {
                    routes.remove(i);
                    return true;
                }
            }
            return false;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            routes.forEach(route -> ids.add(route.path("@id").asText()));
            return ids;
        }
    }
}
