package dev.conductor.agent.caddy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which admin endpoint a Caddyfile gives Caddy: {@code admin unix//PATH} in its global options
 * means that unix socket (what {@code system install} writes); anything else, or no Caddyfile,
 * means Caddy's default, {@code localhost:2019}. There is no fallback from a socket to TCP: on a
 * host whose Caddyfile names a socket, another user who listens on 2019 gets nothing.
 */
public final class CaddyfileAdmin {

    /** The Caddyfile that Debian's caddy.service runs. */
    public static final Path STANDARD = Path.of("/etc/caddy/Caddyfile");

    // "admin unix//run/x.sock", maybe quoted, maybe followed by "{"; comments start with #
    private static final Pattern ADMIN_SOCKET = Pattern.compile("(?m)^\\s*admin\\s+\"?unix/(/[^\\s\"{}#]+)");

    private CaddyfileAdmin() {}

    /** The endpoint that {@code caddyfile} gives Caddy, read now. */
    public static AdminEndpoint endpoint(Path caddyfile) {
        try {
            return socket(Files.readString(caddyfile)).<AdminEndpoint>map(UnixEndpoint::new).orElse(AdminEndpoint.DEFAULT);
        } catch (NoSuchFileException e) {
            return AdminEndpoint.DEFAULT;
        } catch (IOException e) {
            throw new CaddyException("cannot read " + caddyfile + " for Caddy's admin address: " + e.getMessage(), e);
        }
    }

    /** The unix socket that a Caddyfile's {@code admin} option names, if it names one. */
    public static Optional<Path> socket(String caddyfile) {
        Matcher matcher = ADMIN_SOCKET.matcher(caddyfile);
        return matcher.find() ? Optional.of(Path.of(matcher.group(1))) : Optional.empty();
    }
}
