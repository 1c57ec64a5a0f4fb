package dev.conductor.agent.caddy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaddyfileAdminTest {

    @Test
    void adminUnixSocketInTheGlobalOptionsIsTheEndpoint(@TempDir Path dir) throws Exception {
        Path caddyfile = Files.writeString(dir.resolve("Caddyfile"),
                "# admin localhost:2019 was here\n{\n\tadmin unix//run/caddy-admin/admin.sock {\n\t\torigins \"\"\n\t}\n}\n");
        assertThat(CaddyfileAdmin.endpoint(caddyfile)).isEqualTo(new UnixEndpoint(Path.of("/run/caddy-admin/admin.sock")));
        assertThat(CaddyfileAdmin.endpoint(caddyfile)).hasToString("unix//run/caddy-admin/admin.sock");
    }

    @Test
    void quotedOrBareSocketPaths() {
        assertThat(CaddyfileAdmin.socket("{\n  admin \"unix//run/a.sock\"\n}\n")).contains(Path.of("/run/a.sock"));
        assertThat(CaddyfileAdmin.socket("{\nadmin unix//run/b.sock}\n")).contains(Path.of("/run/b.sock"));
    }

    @Test
    void anythingElseIsCaddysDefault(@TempDir Path dir) throws Exception {
        assertThat(CaddyfileAdmin.endpoint(dir.resolve("missing"))).isEqualTo(AdminEndpoint.DEFAULT);
        Path stock = Files.writeString(dir.resolve("Caddyfile"), ":80 {\n\troot * /usr/share/caddy\n\tfile_server\n}\n");
        assertThat(CaddyfileAdmin.endpoint(stock)).hasToString("http://localhost:2019");
        assertThat(CaddyfileAdmin.socket("{\n\tadmin localhost:2019\n}\n")).isEmpty();
        assertThat(CaddyfileAdmin.socket("{\n\t# admin unix//run/x.sock\n}\n")).isEmpty();
    }
}
