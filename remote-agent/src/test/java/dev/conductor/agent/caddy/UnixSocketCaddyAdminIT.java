package dev.conductor.agent.caddy;

import java.nio.file.Path;

/** The admin adapter against a real Caddy whose admin API is on a unix socket, as after system install. */
class UnixSocketCaddyAdminIT extends CaddyAdminContract {

    @Override
    LocalCaddy startCaddy(Path dir) throws Exception {
        return LocalCaddy.startOnSocket(dir);
    }
}
