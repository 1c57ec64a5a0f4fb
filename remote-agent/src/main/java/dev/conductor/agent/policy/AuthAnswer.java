package dev.conductor.agent.policy;

import java.nio.charset.StandardCharsets;

/** The auth endpoint's answers to Caddy: bodiless on 200, a one-line body otherwise. */
final class AuthAnswer {

    private AuthAnswer() {}

    static byte[] of(Decision decision, boolean close) {
        String connection = close ? "Connection: close\r\n" : "";
        if (decision.admitted()) {
            // Caddy 2.6 copies a missing header as its placeholder's text: both are always sent
            return ("HTTP/1.1 200 OK\r\nX-Conductor-Subject: " + headerValue(decision.subject())
                    + "\r\nX-Conductor-Policy: " + headerValue(decision.policy()) + "\r\nContent-Length: 0\r\n"
                    + connection + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        return plain(decision.status(), decision.status() == 401 ? "Unauthorized" : "Forbidden",
                decision.status() == 401 ? "WWW-Authenticate: Bearer\r\n" + connection : connection);
    }

    static byte[] plain(int status, String reason, String headers) {
        String body = reason.toLowerCase(java.util.Locale.ROOT) + "\n";
        return ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + body.length() + "\r\n" + headers + "\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A value safe in a header line: a JWT's {@code sub} is the issuer's text and could hold a
     * line break, which would let it write headers of its own; anything outside printable ASCII
     * and {@code %} itself is percent-encoded.
     */
    static String headerValue(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0x20 && b < 0x7f && b != '%') {
                safe.append((char) b);
            } else {
                safe.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return safe.toString();
    }
}
