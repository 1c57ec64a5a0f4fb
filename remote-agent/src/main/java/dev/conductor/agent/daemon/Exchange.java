package dev.conductor.agent.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer side of one connection. Every answer closes the connection after it ({@code
 * Connection: close}), so a streamed body needs no length: it ends when the stream does.
 */
final class Exchange {

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 101, "Switching Protocols",
            400, "Bad Request", 404, "Not Found", 405, "Method Not Allowed", 409, "Conflict",
            413, "Payload Too Large", 431, "Request Header Fields Too Large", 503, "Service Unavailable",
            504, "Gateway Timeout");

    private final InputStream in;
    private final OutputStream out;

    Exchange(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** What the client sends after the request, for routes that switch protocols. */
    InputStream in() {
        return in;
    }

    void reply(int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        head(status, contentType, "Content-Length: " + bytes.length + "\r\n");
        out.write(bytes);
        out.flush();
    }

    void json(int status, String body) throws IOException {
        reply(status, "application/json", body + "\n");
    }

    /** Starts a body of unknown length and returns where it goes. */
    OutputStream stream(int status, String contentType) throws IOException {
        head(status, contentType, "");
        out.flush();
        return out;
    }

    /** Answers 101 and hands over the raw connection both ways. */
    OutputStream upgrade(String protocol) throws IOException {
        String head = "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: " + protocol + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return out;
    }

    private void head(int status, String contentType, String extra) throws IOException {
        String head = "HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, "Error") + "\r\n"
                + "Content-Type: " + contentType + "\r\n" + extra + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    }
}
