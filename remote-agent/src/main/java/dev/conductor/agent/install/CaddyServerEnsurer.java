package dev.conductor.agent.install;

import dev.conductor.agent.caddy.CaddyAdmin;
import dev.conductor.agent.caddy.CaddyConflictException;
import dev.conductor.agent.caddy.CaddyException;
import dev.conductor.agent.caddy.HttpCaddyAdmin;
import java.time.Duration;

/**
 * Makes sure Caddy has the HTTP server {@code @id conductor-server} that service routes are posted to.
 * Caddy forgets everything posted to its admin API when it restarts, so this runs each time
 * caddy.service starts (conductor-caddy.service), as well as during {@code system install}.
 */
public final class CaddyServerEnsurer {

    /** The listen address of conductor-server on a host. */
    public static final String DEFAULT_LISTEN = ":80";
    /** How long to wait for Caddy's admin API, which answers shortly after caddy.service starts. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int ATTEMPTS = 3;

    private final CaddyAdmin admin;
    private final String listen;
    private final Duration wait;

    public CaddyServerEnsurer(CaddyAdmin admin, String listen, Duration wait) {
        this.admin = admin;
        this.listen = listen;
        this.wait = wait;
    }

    /** Against the admin API that /etc/caddy/Caddyfile names (a unix socket after install), serving on :80. */
    public static CaddyServerEnsurer standard() {
        return new CaddyServerEnsurer(HttpCaddyAdmin.standard(), DEFAULT_LISTEN, DEFAULT_WAIT);
    }

    public String listen() {
        return listen;
    }

    /**
     * Checks, without changing anything, that the server could be created: the admin API is local
     * and no other server holds the port.
     *
     * @throws InstallException naming the other server or the exposed admin address
     */
    public void check() {
        CaddyAdmin.Etagged snapshot = awaitSnapshot();
        ConductorServer.requireLocalAdmin(snapshot.config());
        if (!ConductorServer.isPresent(snapshot.config())) {
            ConductorServer.requireFreePort(snapshot.config(), listen);
        }
    }

    /**
     * Creates the server, with whatever parents the config lacks, unless it exists.
     *
     * @return true when it created the server
     * @throws CaddyException when the admin API does not answer within the wait, or refuses the server
     */
    public boolean ensure() {
        for (int attempt = 1; ; attempt++) {
            CaddyAdmin.Etagged snapshot = awaitSnapshot();
            ConductorServer.requireLocalAdmin(snapshot.config());
            if (ConductorServer.isPresent(snapshot.config())) {
                return false;
            }
            ConductorServer.requireFreePort(snapshot.config(), listen);
            ConductorServer.Placement placement = ConductorServer.placement(snapshot.config(), listen);
            try {
                admin.post(placement.path(), placement.snippet(), snapshot.etag());
                return true;
            } catch (CaddyConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Deletes the server; true when it existed. */
    public boolean remove() {
        awaitSnapshot();
        return admin.delete("/id/" + ConductorServer.ID);
    }

    private CaddyAdmin.Etagged awaitSnapshot() {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return admin.snapshot();
            } catch (CaddyException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new CaddyException("timed out after " + wait.toMillis() / 1000.0 + " s waiting for Caddy's admin"
                            + " API to answer GET /config/; last error: " + e.getMessage(), e);
                }
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaddyException("interrupted while waiting for Caddy's admin API", e);
        }
    }
}
