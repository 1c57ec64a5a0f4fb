package dev.conductor.agent.caddy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A small HTTP/1.1 client for Caddy's admin API on loopback or a unix socket (the endpoint opens the
 * connection). The JDK's HttpClient (17.0.21) fails with "CR expected" on Caddy's chunked answers
 * that end with an {@code ETag} trailer, and speaks no unix sockets; this one reads chunked bodies
 * with trailers, Content-Length bodies and bodies that end with the connection.
 */
final class LoopbackHttp {

    /** A status and a body. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final AdminEndpoint endpoint;
    private final Duration timeout;

    LoopbackHttp(AdminEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    Answer send(String method, String path, String contentType, byte[] body, String ifMatch) throws IOException {
        try (AdminConnection connection = endpoint.open(timeout)) {
            OutputStream out = connection.out();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                    .append("Host: ").append(endpoint.host()).append("\r\n")
                    .append("Connection: close\r\nContent-Length: ").append(body.length).append("\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (ifMatch != null) {
                head.append("If-Match: ").append(ifMatch).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(connection.in());
        }
    }

    static Answer read(InputStream in) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: '" + status + "'");
        }
        long length = -1;
        boolean chunked = false;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = chunked ? chunked(in) : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
        return new Answer(Integer.parseInt(parts[1]), body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (length == 0) {
                // trailers (Caddy sends its ETag here) up to the empty line
                while (!line(in).isEmpty()) {
                    continue;
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of the answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
