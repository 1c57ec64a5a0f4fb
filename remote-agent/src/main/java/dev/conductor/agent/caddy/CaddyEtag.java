package dev.conductor.agent.caddy;

import java.nio.charset.StandardCharsets;

/**
 * Caddy's Etag for a config read: {@code "<path> <fnv-1a 32 of the body>"}. Caddy sends it as an
 * HTTP trailer, which Java's HTTP client drops, so we compute the same value from the body.
 */
final class CaddyEtag {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private CaddyEtag() {}

    static String of(String configPath, byte[] body) {
        return "\"" + configPath + " " + String.format("%08x", fnv1a(body)) + "\"";
    }

    static String of(String configPath, String body) {
        return of(configPath, body.getBytes(StandardCharsets.UTF_8));
    }

    static int fnv1a(byte[] data) {
        int hash = FNV_OFFSET;
        for (byte b : data) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
