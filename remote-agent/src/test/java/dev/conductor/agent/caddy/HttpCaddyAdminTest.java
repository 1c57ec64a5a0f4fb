package dev.conductor.agent.caddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HttpCaddyAdminTest {

    @Test
    void adminApiMustStayOnLoopback() {
        assertThatThrownBy(() -> new HttpCaddyAdmin(URI.create("http://10.0.0.5:2019")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Caddy's admin API must stay on loopback, not 'http://10.0.0.5:2019'");
        new HttpCaddyAdmin(URI.create("http://127.0.0.1:2019"));
        new HttpCaddyAdmin(HttpCaddyAdmin.DEFAULT_ADMIN);
    }

    @Test
    void addressesParseAsCaddyWritesThem() {
        assertThat(AdminEndpoint.parse("unix//run/caddy-admin/admin.sock"))
                .isEqualTo(new UnixEndpoint(Path.of("/run/caddy-admin/admin.sock")));
        assertThat(AdminEndpoint.parse("localhost:2019")).isEqualTo(AdminEndpoint.DEFAULT);
        assertThat(AdminEndpoint.parse("http://127.0.0.1:2999").host()).isEqualTo("127.0.0.1:2999");
        assertThatThrownBy(() -> AdminEndpoint.parse(":2019")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":2019");
        assertThatThrownBy(() -> AdminEndpoint.parse("0.0.0.0:2019")).hasMessageContaining("must stay on loopback");
    }

    @Test
    void etagIsCaddysFnvOfTheBody() {
        // value read from Caddy 2.6.2 for this exact body
        String body = "{\"admin\":{\"listen\":\"127.0.0.1:2999\"},\"apps\":{\"http\":{\"servers\":{\"conductor\":"
                + "{\"@id\":\"conductor-server\",\"automatic_https\":{\"disable\":true},\"listen\":[\"127.0.0.1:8999\"],"
                + "\"routes\":[]}}}}}\n";
        assertThat(CaddyEtag.of("/config/", body)).isEqualTo("\"/config/ da55e6d4\"");
    }
}
