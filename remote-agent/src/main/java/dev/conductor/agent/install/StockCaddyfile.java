package dev.conductor.agent.install;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Recognizes the Caddyfile that Debian's caddy package ships (a welcome page on :80, which would
 * take the port from conductor-server), and provides the one that replaces it.
 */
final class StockCaddyfile {

    private static final String STOCK_RESOURCE = "debian-stock-Caddyfile";
    private static final String CONDUCTOR_RESOURCE = "Caddyfile";
    private static final String EARLIER_RESOURCE = "earlier-Caddyfile-tcp-admin";

    private StockCaddyfile() {}

    // Debian 12's file, or whatever dpkg recorded for the installed package: that covers other releases.
    static boolean isStock(byte[] content, Optional<String> packagedMd5) {
        return normalize(text(content)).equals(normalize(resource(STOCK_RESOURCE)))
                || packagedMd5.filter(md5 -> md5.equalsIgnoreCase(md5(content))).isPresent();
    }

    // The md5 that dpkg recorded for /etc/caddy/Caddyfile when it installed caddy, if dpkg knows it.
    static Optional<String> packagedMd5(ProcessRunner runner) {
        ExecResult result = runner.run(ProcessSpec.of("dpkg-query", "-W", "-f=${Conffiles}\n", "caddy"));
        return result.succeeded() ? conffileMd5(result.stdout(), "/etc/caddy/Caddyfile") : Optional.empty();
    }

    // Parses dpkg's Conffiles field: lines of " PATH MD5 [obsolete]".
    static Optional<String> conffileMd5(String conffiles, String path) {
        return conffiles.lines()
                .map(line -> line.strip().split("\\s+"))
                .filter(fields -> fields.length >= 2 && fields[0].equals(path))
                .map(fields -> fields[1])
                .findFirst();
    }

    // Only a global options block that puts the admin API on a root-only unix socket.
    static String conductorCaddyfile() {
        return resource(CONDUCTOR_RESOURCE);
    }

    static boolean isConductors(byte[] content) {
        return normalize(text(content)).equals(normalize(conductorCaddyfile()));
    }

    // What system install wrote before the admin API moved to a socket: admin localhost:2019.
    static boolean isEarlierConductors(byte[] content) {
        return normalize(text(content)).equals(normalize(resource(EARLIER_RESOURCE)));
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    // Line endings and trailing blanks do not make a Caddyfile the operator's own.
    private static String normalize(String text) {
        return text.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n").strip();
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = StockCaddyfile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the agent jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
