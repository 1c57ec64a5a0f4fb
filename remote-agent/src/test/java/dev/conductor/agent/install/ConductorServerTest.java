package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConductorServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVER = "{\"@id\":\"conductor-server\",\"listen\":[\":80\"],\"routes\":[],"
            + "\"automatic_https\":{\"disable\":true}}";

    @Test
    void definitionIsAnEmptyServerWithoutAutomaticHttps() throws Exception {
        assertThat(ConductorServer.definition(":80")).isEqualTo(json(SERVER));
    }

    @Test
    void placementCreatesExactlyTheMissingParents() throws Exception {
        assertPlacement(NullNode.getInstance(), "/config/", "{\"apps\":{\"http\":{\"servers\":{\"conductor\":%s}}}}");
        assertPlacement(json("{\"admin\":{}}"), "/config/apps", "{\"http\":{\"servers\":{\"conductor\":%s}}}");
        assertPlacement(json("{\"apps\":{\"tls\":{}}}"), "/config/apps/http", "{\"servers\":{\"conductor\":%s}}");
        assertPlacement(json("{\"apps\":{\"http\":{\"http_port\":80}}}"), "/config/apps/http/servers",
                "{\"conductor\":%s}");
        assertPlacement(json("{\"apps\":{\"http\":{\"servers\":{\"conductor\":{\"listen\":[\":8080\"]}}}}}"),
                "/config/apps/http/servers/conductor-2", "%s");
    }

    @Test
    void presentOnlyWithItsId() throws Exception {
        assertThat(ConductorServer.isPresent(json("{\"apps\":{\"http\":{\"servers\":{\"x\":" + SERVER + "}}}}")))
                .isTrue();
        assertThat(ConductorServer.isPresent(json("{\"apps\":{\"http\":{\"servers\":{\"conductor\":{}}}}}"))).isFalse();
        assertThat(ConductorServer.isPresent(NullNode.getInstance())).isFalse();
    }

    @Test
    void anotherServerOnThePortIsNamedWithAdvice() throws Exception {
        JsonNode config = json("{\"apps\":{\"http\":{\"servers\":{\"srv0\":{\"listen\":[\":443\"]},"
                + "\"srv1\":{\"listen\":[\"127.0.0.1:80\"]}}}}}");
        assertThatThrownBy(() -> ConductorServer.requireFreePort(config, ":80"))
                .isInstanceOf(InstallException.class)
                .hasMessageContaining("'srv1' already listens on '127.0.0.1:80'")
                .hasMessageContaining("/etc/caddy/Caddyfile").hasMessageContaining("system install");
        assertThatCode(() -> ConductorServer.requireFreePort(config, ":8080")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:2019", "127.0.0.1:2019", "[::1]:2019", "tcp/localhost:2019",
            "unix//run/caddy-admin.sock"})
    void localAdminIsAccepted(String listen) throws Exception {
        assertThatCode(() -> ConductorServer.requireLocalAdmin(admin(listen))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {":2019", "0.0.0.0:2019", "[::]:2019", "10.0.0.5:2019", "example.org:2019", "nonsense"})
    void exposedAdminIsRefusedQuotingItsAddress(String listen) {
        assertThatThrownBy(() -> ConductorServer.requireLocalAdmin(admin(listen)))
                .isInstanceOf(InstallException.class)
                .hasMessageContaining("'" + listen + "'").hasMessageContaining("admin localhost:2019");
    }

    @Test
    void missingAdminMeansCaddysLocalDefault() throws Exception {
        assertThatCode(() -> ConductorServer.requireLocalAdmin(json("{}"))).doesNotThrowAnyException();
        assertThatCode(() -> ConductorServer.requireLocalAdmin(NullNode.getInstance())).doesNotThrowAnyException();
    }

    @Test
    void listenAddressesParseLikeCaddys() {
        assertThat(ListenAddress.parse(":80")).contains(new ListenAddress("tcp", "", 80, 80));
        assertThat(ListenAddress.parse("tcp6/[::1]:8000-8010")).contains(new ListenAddress("tcp6", "::1", 8000, 8010));
        assertThat(ListenAddress.parse("udp/0.0.0.0:443")).contains(new ListenAddress("udp", "0.0.0.0", 443, 443));
        assertThat(ListenAddress.parse("localhost")).isEmpty();
        assertThat(ListenAddress.parse("0.0.0.0:79-81").orElseThrow()
                .sharesPortWith(ListenAddress.parse(":80").orElseThrow())).isTrue();
        assertThat(ListenAddress.parse(":8080").orElseThrow()
                .sharesPortWith(ListenAddress.parse(":80").orElseThrow())).isFalse();
    }

    private static void assertPlacement(JsonNode config, String path, String snippet) throws Exception {
        ConductorServer.Placement placement = ConductorServer.placement(config, ":80");
        assertThat(placement.path()).isEqualTo(path);
        assertThat(placement.snippet()).isEqualTo(json(snippet.formatted(SERVER)));
    }

    private static JsonNode admin(String listen) throws Exception {
        return JSON.createObjectNode().set("admin", JSON.createObjectNode().put("listen", listen));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
