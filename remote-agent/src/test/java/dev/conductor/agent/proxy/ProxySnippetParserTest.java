package dev.conductor.agent.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxySnippetParserTest {

    private static final String TEMPLATE = "/etc/conductor/services/web/proxy.template";

    @Test
    void readsIdConfigAndRegisterOnly() {
        List<ProxySnippet> snippets = ProxySnippetParser.parse("""
                [{"id": "conductor-server/routes", "config": {"@id": "web-r3-route", "handle": []}},
                 {"mount_point": "tls-policy/subjects", "config": "web.example.org", "register_only": true}]
                """, TEMPLATE);

        assertThat(snippets).hasSize(2);
        assertThat(snippets.get(0).id()).isEqualTo("conductor-server/routes");
        assertThat(snippets.get(0).path()).isEqualTo("/id/conductor-server/routes");
        assertThat(snippets.get(0).atId()).hasValue("web-r3-route");
        assertThat(snippets.get(0).registerOnly()).isFalse();
        assertThat(snippets.get(1).id()).isEqualTo("tls-policy/subjects");
        assertThat(snippets.get(1).config().asText()).isEqualTo("web.example.org");
        assertThat(snippets.get(1).atId()).isEmpty();
        assertThat(snippets.get(1).registerOnly()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "[]", " [ ]\n"})
    void emptyOutputMeansNoSnippets(String output) {
        assertThat(ProxySnippetParser.parse(output, TEMPLATE)).isEmpty();
    }

    @Test
    void outputThatIsNotJsonIsQuoted() {
        assertThatThrownBy(() -> ProxySnippetParser.parse("route for web-r3\n", TEMPLATE))
                .isInstanceOf(ProxyConfigException.class)
                .hasMessageStartingWith("proxy config template '" + TEMPLATE + "': output is not JSON")
                .hasMessageEndingWith("'route for web-r3'");
    }

    @Test
    void trailingOutputIsRefused() {
        assertThatThrownBy(() -> ProxySnippetParser.parse("[] debug: done", TEMPLATE))
                .isInstanceOf(ProxyConfigException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void anObjectIsNotAnArray() {
        assertThatThrownBy(() -> ProxySnippetParser.parse("{\"id\": \"x\"}", TEMPLATE))
                .hasMessage("proxy config template '" + TEMPLATE + "': expected a JSON array of snippets,"
                        + " got '{\"id\":\"x\"}'");
    }

    @Test
    void reasonsNameTheIndexAndQuoteTheValue() {
        assertRefused("[{\"id\": \"a\", \"config\": {\"@id\": \"a\"}}, 42]", 1, "expected an object, got '42'");
        assertRefused("[{\"config\": {\"@id\": \"a\"}}]", 0, "'id' (or 'mount_point') must be a string");
        assertRefused("[{\"id\": \"routes\"}]", 0, "missing 'config' in '{\"id\":\"routes\"}'");
        assertRefused("[{\"id\": \"routes\", \"config\": null}]", 0, "missing 'config'");
        assertRefused("[{\"id\": \"routes\", \"config\": {\"handle\": []}}]", 0,
                "config has no '@id', which is needed to remove it later");
        assertRefused("[{\"id\": \"routes\", \"config\": {\"@id\": 7}}]", 0, "'@id' must be a string, not 7");
        assertRefused("[{\"id\": \"r\", \"config\": {\"@id\": \"a\"}, \"register_only\": \"yes\"}]", 0,
                "'register_only' must be true or false, not '\"yes\"'");
    }

    @Test
    void theSameAtIdTwiceIsRefused() {
        assertRefused("""
                [{"id": "r", "config": {"@id": "one"}}, {"id": "r", "config": {"@id": "two"}},
                 {"id": "r", "config": {"@id": "one"}}]""", 2, "'@id' 'one' is already used by the snippet at index 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/conductor-server/routes", "conductor-server/../admin", "..", "a//b", "routes/", "a b", ""})
    void idsThatLeaveTheIdNamespaceAreRefused(String id) {
        assertRefused("[{\"id\": \"" + id + "\", \"config\": {\"@id\": \"x\"}}]", 0, "bad snippet id '" + id + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"conductor-server/routes", "web-r3", "apps/http/servers/conductor/routes/0"})
    void idsUnderTheIdNamespaceAreAccepted(String id) {
        assertThat(ProxySnippetParser.parse("[{\"id\": \"" + id + "\", \"config\": {\"@id\": \"x\"}}]", TEMPLATE))
                .extracting(ProxySnippet::id).containsExactly(id);
    }

    @Test
    void anAtIdWithASlashWouldDeleteASubtreeAndIsRefused() {
        assertRefused("[{\"id\": \"r\", \"config\": {\"@id\": \"conductor-server/routes\"}}]", 0,
                "bad '@id' 'conductor-server/routes'");
    }

    private static void assertRefused(String output, int index, String reason) {
        assertThatThrownBy(() -> ProxySnippetParser.parse(output, TEMPLATE))
                .isInstanceOf(ProxyConfigException.class)
                .hasMessageStartingWith("proxy config template '" + TEMPLATE + "', snippet at index " + index + ": ")
                .hasMessageContaining(reason);
    }
}
