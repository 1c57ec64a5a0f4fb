package dev.conductor.agent.caddy;

import java.nio.file.Path;

/** The admin adapter against a real Caddy whose admin API is on a loopback port (Caddy's default). */
class HttpCaddyAdminIT extends CaddyAdminContract {

    @Override
    LocalCaddy startCaddy(Path dir) throws Exception {
        return LocalCaddy.start(dir);
    }
}
