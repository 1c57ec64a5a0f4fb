package dev.conductor.agent.caddy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where Caddy's admin API listens, always on this machine: a loopback TCP address or a unix socket.
 * Written as Caddy writes it: {@code localhost:2019} or {@code unix//run/caddy-admin/admin.sock}.
 */
public sealed interface AdminEndpoint permits LoopbackEndpoint, UnixEndpoint {

    /** Caddy's default when nothing says otherwise. */
    AdminEndpoint DEFAULT = new LoopbackEndpoint(HttpCaddyAdmin.DEFAULT_ADMIN);

    /**
     * Parses {@code unix//PATH}, {@code http://HOST:PORT} or {@code HOST:PORT}.
     *
     * @throws IllegalArgumentException when the address is not on loopback or not an address at all
     */
    static AdminEndpoint parse(String address) {
        if (address.startsWith("unix/")) {
            return new UnixEndpoint(Path.of(address.substring("unix/".length())));
        }
        URI url;
        try {
            url = URI.create(address.contains("://") ? address : "http://" + address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an address of Caddy's admin API: '" + address + "'", e);
        }
        return new LoopbackEndpoint(url);
    }

    /** Connects; reading or writing on the connection gives up after {@code timeout}. */
    AdminConnection open(Duration timeout) throws IOException;

    /** The Host header that Caddy accepts on this endpoint. */
    String host();
}
